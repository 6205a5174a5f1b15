package org.parcours.application.testimony;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.testimony.SessionSpeakers;

/** Speakers, scenario and roles of a session as the facilitator edits them (roles: "name: brief" per line). */
public class SpeakersForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<SpeakerRow> speakers = new ArrayList<>();
    private String scenario;
    private String roles;

    public static SpeakersForm of(SessionSpeakers current) {
        SpeakersForm form = new SpeakersForm();
        if (current != null) {
            current.getSpeakers().forEach(s -> form.speakers.add(SpeakerRow.of(s)));
            form.scenario = current.getScenario();
            StringBuilder text = new StringBuilder();
            current.getRoles().forEach(r -> text.append(r.getName())
                    .append(r.getBrief() == null ? "" : ": " + r.getBrief()).append('\n'));
            form.roles = text.toString().strip();
        }
        return form;
    }

    public List<SpeakerRow> getSpeakers() {
        return speakers;
    }

    public void setSpeakers(List<SpeakerRow> speakers) {
        this.speakers = speakers;
    }

    public String getScenario() {
        return scenario;
    }

    public void setScenario(String scenario) {
        this.scenario = scenario;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }
}
