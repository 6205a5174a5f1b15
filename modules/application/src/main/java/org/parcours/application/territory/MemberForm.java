package org.parcours.application.territory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;

/** One row of a team as typed in a form; {@code id} is null for a person not yet in the team. */
public class MemberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    @NotBlank
    @Size(max = Member.NAME_MAX)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = EmailAddress.MAX_LENGTH)
    private String email;

    @NotNull
    private TeamRole teamRole;

    @Size(max = Member.ORGANISATION_MAX)
    private String organisation;

    public MemberForm() {
    }

    public MemberForm(String fullName, String email, TeamRole teamRole, String organisation) {
        this.fullName = fullName;
        this.email = email;
        this.teamRole = teamRole;
        this.organisation = organisation;
    }

    public static MemberForm of(Member member) {
        MemberForm form = new MemberForm(member.getFullName(), member.getEmail().getValue(),
                member.getTeamRole(), member.getOrganisation());
        form.id = member.getId();
        return form;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(TeamRole teamRole) {
        this.teamRole = teamRole;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
