package org.parcours.web.resource;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.resource.ResourceCentre;
import org.parcours.application.resource.ResourceView;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.resource.ResourceStatus;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** One resource: its description, its file or address, the marks; managers review, withdraw and edit it. */
@Named
@ViewScoped
public class ResourceDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceCentre centre;

    private Long id;
    private ResourceView view;
    private boolean manager;
    private String message;

    public void load() {
        try {
            view = id == null ? null : centre.find(id);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            view = null;
        }
        if (view == null) {
            Pages.notFound();
            return;
        }
        manager = centre.mayManage();
    }

    public String markRead() {
        return mark(!view.isReadByMe(), view.isUsefulToMe());
    }

    public String markUseful() {
        return mark(view.isReadByMe(), !view.isUsefulToMe());
    }

    private String mark(boolean read, boolean useful) {
        return Feedback.attempt("marks", () -> {
            centre.mark(id, read, useful);
            Feedback.info("resource.marked");
            return here();
        });
    }

    public String approve() {
        return Feedback.attempt("review", () -> {
            centre.approve(id, message);
            Feedback.info("resource.approved");
            return here();
        });
    }

    public String decline() {
        return Feedback.attempt("review", () -> {
            centre.decline(id, message);
            Feedback.info("resource.declined");
            return here();
        });
    }

    public String withdraw() {
        return Feedback.attempt("review", () -> {
            centre.withdraw(id);
            Feedback.info("resource.withdrawn");
            return "/kit/index?faces-redirect=true";
        });
    }

    private String here() {
        return "/kit/view?faces-redirect=true&id=" + id;
    }

    public boolean isApproved() { return view.getResource().getStatus() == ResourceStatus.APPROVED; }
    public boolean isSuggested() { return view.getResource().getStatus() == ResourceStatus.SUGGESTED; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ResourceView getView() { return view; }
    public boolean isManager() { return manager; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
