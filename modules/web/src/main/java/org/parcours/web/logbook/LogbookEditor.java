package org.parcours.web.logbook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.logbook.LogbookForm;
import org.parcours.application.logbook.Logbooks;
import org.parcours.application.work.Upload;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookPicture;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * Edits a draft issue (the cohort's facilitators only): title and three rich-text sections, cleaned on
 * the server; pictures with their text alternative; publication. A save over someone else's newer save
 * is refused with a link to reload their version.
 */
@Named
@ViewScoped
public class LogbookEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Logbooks logbooks;

    private Long id;
    private LogbookIssue issue;
    private LogbookForm form;
    private boolean stale;
    private transient UploadedFile picture;
    private String alternative;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            issue = logbooks.read(id);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        if (!logbooks.mayEdit(issue.getCohort()) || issue.isPublished()) {
            issue = null;
            Pages.forbidden();
            return;
        }
        if (form == null) {
            form = LogbookForm.of(issue);
        }
    }

    public String save() {
        return attempt(() -> {
            issue = logbooks.revise(id, form);
            form.setVersion(issue.getVersion());
            Feedback.info("logbook.saved");
            return null;
        });
    }

    public String publish() {
        return attempt(() -> {
            logbooks.publish(id, form);
            Feedback.info("logbook.published");
            return "/logbook/issue?faces-redirect=true&id=" + id;
        });
    }

    /** Runs a form action; a refusal because someone else saved first also offers to reload their version. */
    private String attempt(Supplier<String> action) {
        stale = false;
        return Feedback.attempt("form", () -> {
            try {
                return action.get();
            } catch (StaleEditException e) {
                stale = true;
                throw e;
            }
        });
    }

    public String addPicture() {
        return Feedback.attempt("pictures", () -> {
            if (picture != null && picture.getSize() > LogbookPicture.MAX_BYTES) {
                throw new RuleViolation("picture", "upload.tooLarge", LogbookPicture.MAX_BYTES / (1024 * 1024));
            }
            Upload upload = picture == null || picture.getSize() == 0 ? null
                    : new Upload(picture.getFileName(), picture.getContent());
            logbooks.addPicture(id, upload, alternative);
            Feedback.info("logbook.picture.added");
            return "/logbook/edit?faces-redirect=true&id=" + id;
        });
    }

    public String removePicture(long pictureId) {
        return Feedback.attempt("pictures", () -> {
            logbooks.removePicture(id, pictureId);
            Feedback.info("logbook.picture.removed");
            return "/logbook/edit?faces-redirect=true&id=" + id;
        });
    }

    public List<LogbookPicture> getPictures() {
        return issue == null ? List.of() : issue.getPictures();
    }

    public String getMonth() {
        return issue == null ? "" : Months.label(issue.month());
    }

    public long getMaxMegabytes() { return LogbookPicture.MAX_BYTES / (1024 * 1024); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LogbookIssue getIssue() { return issue; }
    public LogbookForm getForm() { return form; }
    public boolean isStale() { return stale; }
    public UploadedFile getPicture() { return picture; }
    public void setPicture(UploadedFile picture) { this.picture = picture; }
    public String getAlternative() { return alternative; }
    public void setAlternative(String alternative) { this.alternative = alternative; }
}
