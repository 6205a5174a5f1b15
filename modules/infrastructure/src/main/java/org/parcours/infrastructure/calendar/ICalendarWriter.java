package org.parcours.infrastructure.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;

/**
 * Writes sessions as an iCalendar feed. Each event keeps the session's UID and SEQUENCE, so that
 * calendar applications update it in place; a cancelled session stays in the feed as CANCELLED.
 */
public final class ICalendarWriter {

    private static final String PRODUCT = "-//Parcours//Calendrier du parcours//FR";
    // A registry loads and parses the time zone definitions when created: done once, not per feed
    // request (under load, fifty feeds at once each built their own). Only read afterwards.
    private static final TimeZone PARIS_ZONE = TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(ParisTime.ZONE.getId());
    private static final VTimeZone PARIS = PARIS_ZONE.getVTimeZone();
    private static final ParisZoneRegistry ZONES = new ParisZoneRegistry(PARIS_ZONE);

    private ICalendarWriter() {
    }

    /**
     * @param name       the calendar's display name (X-WR-CALNAME)
     * @param sessionUrl the page of a session, for the event's URL (null for none)
     */
    public static String write(String name, List<Session> sessions, java.util.function.Function<Session, String> sessionUrl,
            Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new Method("PUBLISH"))
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new XProperty("X-WR-TIMEZONE", ParisTime.ZONE.getId()));
        calendar.add(PARIS);
        for (Session session : sessions) {
            calendar.add(event(session, sessionUrl == null ? null : sessionUrl.apply(session), now));
        }
        return calendar.toString();
    }

    private static VEvent event(Session session, String url, Instant now) {
        ZonedDateTime start = session.getStartsAt().atZone(ParisTime.ZONE);
        ZonedDateTime end = session.getEndsAt().atZone(ParisTime.ZONE);
        VEvent event = new VEvent(start, end, session.getTitle());
        event.<DateProperty<?>>getProperty(Property.DTSTART).ifPresent(date -> date.setTimeZoneRegistry(ZONES));
        event.<DateProperty<?>>getProperty(Property.DTEND).ifPresent(date -> date.setTimeZoneRegistry(ZONES));
        event.add(new Uid(session.getUid()));
        event.add(new Sequence(session.getSequence()));
        event.add(new DtStamp(now));
        event.add(new LastModified(now));
        event.add(new Status(session.isCancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String location = location(session);
        if (location != null) {
            event.add(new Location(location));
        }
        StringBuilder description = new StringBuilder();
        if (session.getAgenda() != null) {
            description.append(session.getAgenda());
        }
        if (session.getVideoLink() != null) {
            description.append(description.length() == 0 ? "" : "\n\n").append(session.getVideoLink());
        }
        if (description.length() > 0) {
            event.add(new Description(description.toString()));
        }
        if (url != null) {
            event.add(new Url(java.net.URI.create(url)));
        }
        return event;
    }

    private static String location(Session session) {
        if (session.getVenue() != null) {
            return session.getVenue().getName() + ", " + session.getVenue().getAddress();
        }
        return session.getVideoLink();
    }
}
