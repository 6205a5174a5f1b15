package org.parcours.domain.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.parcours.domain.Text;

/**
 * A person in a territory's team, with the role they play in it (élu, technicien, association,
 * entreprise...). Created and changed only through its {@link Territory}.
 */
@Entity
@Table(name = "member")
public class Member implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int ORGANISATION_MAX = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id")
    private Territory territory;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Embedded
    private EmailAddress email;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false, length = 32)
    private TeamRole teamRole;

    @Column(name = "organisation", length = ORGANISATION_MAX)
    private String organisation;

    protected Member() {
        // for JPA
    }

    Member(Territory territory, String fullName, EmailAddress email, TeamRole teamRole, String organisation) {
        this.territory = territory;
        update(fullName, email, teamRole, organisation);
    }

    final void update(String fullName, EmailAddress email, TeamRole teamRole, String organisation) {
        this.fullName = Text.required(fullName, NAME_MAX, "fullName");
        this.email = email;
        this.teamRole = java.util.Objects.requireNonNull(teamRole, "teamRole");
        this.organisation = Text.optional(organisation, ORGANISATION_MAX, "organisation");
    }

    public Long getId() {
        return id;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getFullName() {
        return fullName;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public TeamRole getTeamRole() {
        return teamRole;
    }

    public String getOrganisation() {
        return organisation;
    }
}
