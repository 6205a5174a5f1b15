package org.parcours.application.testimony;

import java.io.Serializable;
import org.parcours.domain.testimony.Speaker;
import org.parcours.domain.testimony.SpeakerKind;

/** One speaker's row in the form. */
public class SpeakerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private SpeakerKind kind = SpeakerKind.PEER_TERRITORY;
    private String name;
    private String organisation;
    private String role;

    public static SpeakerRow of(Speaker speaker) {
        SpeakerRow row = new SpeakerRow();
        row.kind = speaker.getKind();
        row.name = speaker.getName();
        row.organisation = speaker.getOrganisation();
        row.role = speaker.getRole();
        return row;
    }

    public SpeakerKind getKind() {
        return kind;
    }

    public void setKind(SpeakerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
