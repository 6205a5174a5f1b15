package org.parcours.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.directory.DirectoryForm;
import org.parcours.application.directory.NetworkDirectory;
import org.parcours.domain.visit.Theme;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** The signed-in person's own directory entry: whether they appear, and what they show. */
@Named
@ViewScoped
public class DirectoryProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkDirectory directory;

    private DirectoryForm form;

    public void load() {
        if (form != null) {
            return;
        }
        try {
            form = directory.mine();
        } catch (AccessDenied denied) {
            Pages.forbidden();
        }
    }

    public String save() {
        return Feedback.attempt("entry", () -> {
            directory.save(form);
            Feedback.info("directory.saved");
            return "/directory/profile?faces-redirect=true";
        });
    }

    public List<Theme> getThemes() { return List.of(Theme.values()); }
    public DirectoryForm getForm() { return form; }
}
