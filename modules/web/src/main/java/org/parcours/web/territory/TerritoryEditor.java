package org.parcours.web.territory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.parcours.application.access.Access;
import org.parcours.application.territory.MemberForm;
import org.parcours.application.territory.TerritoryForm;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.TerritoryKind;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** Registers a territory, or revises one and its team. */
@Named
@ViewScoped
public class TerritoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryManagement territories;

    @Inject
    Access access;

    private Long id;
    private TerritoryForm form;

    public void load() {
        if (!access.holdsAny(Role.ADMIN, Role.FACILITATOR)) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            form = new TerritoryForm();
            return;
        }
        form = territories.find(id).map(TerritoryForm::of).orElse(null);
        if (form == null) {
            Pages.notFound();
        }
    }

    public String save() {
        return Feedback.attempt("form", () -> {
            Territory saved = id == null ? territories.register(form) : territories.revise(id, form);
            Feedback.info("territory.saved", saved.getName());
            return "/territories/view?faces-redirect=true&id=" + saved.getId();
        });
    }


    public void addMember() {
        form.addMember();
    }

    public void removeMember(MemberForm member) {
        form.removeMember(member);
    }

    public TerritoryKind[] getKinds() {
        return TerritoryKind.values();
    }

    public TeamRole[] getTeamRoles() {
        return TeamRole.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TerritoryForm getForm() {
        return form;
    }
}
