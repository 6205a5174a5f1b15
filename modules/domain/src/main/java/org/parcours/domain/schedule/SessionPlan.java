package org.parcours.domain.schedule;

import java.io.Serializable;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/**
 * What a session is about and where it happens: title, kind, format, phase, venue, video link and
 * agenda. The format decides what is needed: a venue in person, a link remotely, both when hybrid.
 */
public record SessionPlan(String title, SessionKind kind, SessionFormat format, String phase, Venue venue,
        String videoLink, String agenda) implements Serializable {

    public SessionPlan {
        title = Text.required(title, Session.TITLE_MAX, "title");
        if (kind == null) {
            throw new RuleViolation("kind", "field.required");
        }
        if (format == null) {
            throw new RuleViolation("format", "field.required");
        }
        phase = Text.optional(phase, Programme.PHASE_MAX, "phase");
        agenda = Text.optional(agenda, Session.AGENDA_MAX, "agenda");
        if (format.needsVenue() && venue == null) {
            throw new RuleViolation("venueName", "session.venue.required");
        }
        if (!format.needsVenue()) {
            venue = null;
        }
        if (format.needsLink()) {
            if (videoLink == null || videoLink.isBlank()) {
                throw new RuleViolation("videoLink", "session.videoLink.required");
            }
            videoLink = ResourceLink.WebLink.check(videoLink, "videoLink");
        } else {
            videoLink = null;
        }
    }
}
