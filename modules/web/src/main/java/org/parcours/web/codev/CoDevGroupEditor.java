package org.parcours.web.codev;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.codev.CoDevAccess;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.codev.GroupForm;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.Member;
import org.parcours.domain.visit.Theme;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** Forms a co-development group from the platform's proposal, or recomposes one. */
@Named
@ViewScoped
public class CoDevGroupEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoDevelopment codev;
    @Inject
    CoDevAccess rights;
    @Inject
    CohortManagement cohorts;

    private Long cohortId;
    private Long id;
    private GroupForm form;
    private List<Member> memberChoices = List.of();
    private List<Person> animateurChoices = List.of();
    private List<List<Member>> proposal = List.of();
    private int size = 6;

    public void load() {
        Cohort cohort;
        if (id != null) {
            CoDevGroup group = codev.findGroup(id).orElse(null);
            if (group == null) {
                Pages.notFound();
                return;
            }
            cohort = group.getCohort();
            form = GroupForm.of(group);
        } else {
            cohort = cohortId == null ? null : cohorts.find(cohortId).orElse(null);
            if (cohort == null) {
                Pages.notFound();
                return;
            }
            form = new GroupForm();
        }
        if (!rights.mayManage(cohort)) {
            form = null;
            Pages.forbidden();
            return;
        }
        cohortId = cohort.getId();
        List<Member> all = new ArrayList<>();
        cohort.getTerritories().forEach(t -> all.addAll(t.getMembers()));
        all.sort(Comparator.comparing((Member m) -> m.getTerritory().getName()).thenComparing(Member::getFullName));
        memberChoices = all;
        animateurChoices = cohort.getFacilitators().stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
    }

    /** Fills the form with the first group the platform proposes; the facilitator adjusts it. */
    public void propose() {
        Feedback.attempt("form", () -> {
            proposal = codev.propose(cohortId, size);
            if (proposal.isEmpty()) {
                Feedback.error("codev.propose.none");
            } else {
                form.setMemberIds(new ArrayList<>(proposal.get(0).stream().map(Member::getId).toList()));
            }
            return null;
        });
    }

    public String save() {
        return Feedback.attempt("form", () -> {
            CoDevGroup saved = id == null ? codev.form(cohortId, form) : codev.recompose(id, form);
            Feedback.info("codev.group.saved", saved.getName());
            return "/codev/group?faces-redirect=true&id=" + saved.getId();
        });
    }

    public String label(Member member) {
        return member.getFullName() + " (" + member.getTerritory().getName() + ")";
    }

    public Theme[] getThemes() {
        return Theme.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GroupForm getForm() {
        return form;
    }

    public List<Member> getMemberChoices() {
        return memberChoices;
    }

    public List<Person> getAnimateurChoices() {
        return animateurChoices;
    }

    public List<List<Member>> getProposal() {
        return proposal;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
