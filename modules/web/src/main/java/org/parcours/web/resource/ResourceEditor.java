package org.parcours.web.resource;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.resource.ResourceCentre;
import org.parcours.application.resource.ResourceForm;
import org.parcours.application.resource.ResourceView;
import org.parcours.application.work.Upload;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.resource.PathPhase;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.resource.ResourceNature;
import org.parcours.domain.resource.ResourceType;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.work.UploadPolicy;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * Creates or edits a resource (managers), or suggests one (territory members, new resources only).
 * Everybody else gets 403.
 */
@Named
@ViewScoped
public class ResourceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceCentre centre;

    private Long id;
    private ResourceForm form;
    private String currentFile;
    private transient UploadedFile file;
    private boolean suggesting;

    public void load() {
        boolean manager = centre.mayManage();
        if (!manager && !(id == null && centre.maySuggest())) {
            Pages.forbidden();
            return;
        }
        suggesting = !manager;
        if (form != null) {
            return;
        }
        if (id == null) {
            form = new ResourceForm();
            return;
        }
        ResourceView view;
        try {
            view = centre.find(id);
        } catch (RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        form = ResourceForm.of(view.getResource());
        currentFile = view.getResource().getFile() == null ? null : view.getResource().getFile().getFileName();
    }

    public String save() {
        return Feedback.attempt("form", () -> {
            Upload upload = upload();
            Resource saved;
            if (suggesting) {
                saved = centre.suggest(form, upload);
                Feedback.info("resource.suggested");
            } else if (id == null) {
                saved = centre.create(form, upload);
                Feedback.info("resource.saved");
            } else {
                saved = centre.revise(id, form, upload);
                Feedback.info("resource.saved");
            }
            return "/kit/view?faces-redirect=true&id=" + saved.getId();
        });
    }

    private Upload upload() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > UploadPolicy.MAX_BYTES) {
            throw new RuleViolation("file", "upload.tooLarge", UploadPolicy.MAX_BYTES / (1024 * 1024));
        }
        return new Upload(file.getFileName(), file.getContent());
    }

    public List<ResourceNature> getNatures() { return List.of(ResourceNature.values()); }
    public List<PathPhase> getPhases() { return List.of(PathPhase.values()); }
    public List<ResourceType> getTypes() { return List.of(ResourceType.values()); }
    public List<Theme> getThemes() { return Theme.NETWORK; }
    public long getMaxMegabytes() { return UploadPolicy.MAX_BYTES / (1024 * 1024); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ResourceForm getForm() { return form; }
    public String getCurrentFile() { return currentFile; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public boolean isSuggesting() { return suggesting; }
}
