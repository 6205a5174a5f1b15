package org.parcours.web.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;

/**
 * The events of a calendar view, loaded for the visible range only, optionally of one kind. Times are
 * shown in Paris time; the event's data is the session's id.
 */
public class SessionCalendar extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    /** Loads the sessions starting in a range (a use case call, access checked there). */
    public interface Loader extends Serializable {
        List<Session> load(Instant from, Instant to);
    }

    private final Loader loader;
    private final String contextPath;
    private final boolean draggable;
    private SessionKind kind;

    public SessionCalendar(Loader loader, String contextPath, boolean draggable) {
        this.loader = loader;
        this.contextPath = contextPath;
        this.draggable = draggable;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        for (Session s : loader.load(start.atZone(ParisTime.ZONE).toInstant(), end.atZone(ParisTime.ZONE).toInstant())) {
            if (kind != null && s.getKind() != kind) {
                continue;
            }
            addEvent(DefaultScheduleEvent.<Long>builder()
                    .id(String.valueOf(s.getId()))
                    .title(s.getTitle())
                    .startDate(LocalDateTime.ofInstant(s.getStartsAt(), ParisTime.ZONE))
                    .endDate(LocalDateTime.ofInstant(s.getEndsAt(), ParisTime.ZONE))
                    .data(s.getId())
                    .url(contextPath + "/schedule/session.xhtml?id=" + s.getId())
                    .styleClass("kind-" + s.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + (s.isCancelled() ? " session-cancelled" : ""))
                    .draggable(draggable && !s.isCancelled())
                    .resizable(false)
                    .build());
        }
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }
}
