package org.parcours.domain.testimony;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.parcours.domain.Text;

/** A role to play in a practical situation: its name and what the player is told. */
@Embeddable
public class PlayRole implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int BRIEF_MAX = 1000;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "brief", length = BRIEF_MAX)
    private String brief;

    protected PlayRole() {
        // for JPA
    }

    public static PlayRole of(String name, String brief, String field) {
        PlayRole role = new PlayRole();
        role.name = Text.required(name, NAME_MAX, field + ".name");
        role.brief = Text.optional(brief, BRIEF_MAX, field + ".brief");
        return role;
    }

    public String getName() {
        return name;
    }

    public String getBrief() {
        return brief;
    }
}
