package org.parcours.domain.testimony;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/** A speaker of a testimony or a practical situation: what kind, their name, organisation and role. */
@Embeddable
public class Speaker implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int ORGANISATION_MAX = 160;
    public static final int ROLE_MAX = 160;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SpeakerKind kind;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "organisation", length = ORGANISATION_MAX)
    private String organisation;

    @Column(name = "role", length = ROLE_MAX)
    private String role;

    protected Speaker() {
        // for JPA
    }

    /** {@code field} prefixes the fields named in a refusal ("speakers.2"). */
    public static Speaker of(SpeakerKind kind, String name, String organisation, String role, String field) {
        if (kind == null) {
            throw new RuleViolation(field + ".kind", "field.required");
        }
        Speaker speaker = new Speaker();
        speaker.kind = kind;
        speaker.name = Text.required(name, NAME_MAX, field + ".name");
        speaker.organisation = Text.optional(organisation, ORGANISATION_MAX, field + ".organisation");
        speaker.role = Text.optional(role, ROLE_MAX, field + ".role");
        return speaker;
    }

    public SpeakerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRole() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Speaker that && kind == that.kind && Objects.equals(name, that.name)
                && Objects.equals(organisation, that.organisation) && Objects.equals(role, that.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, organisation, role);
    }
}
