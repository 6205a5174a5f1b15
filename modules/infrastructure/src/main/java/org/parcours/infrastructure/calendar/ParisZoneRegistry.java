package org.parcours.infrastructure.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import org.parcours.domain.schedule.ParisTime;

/**
 * The one time zone the feeds write, as ical4j asks for it when it writes a date with its TZID.
 * Without a registry ical4j resolves the TZID through {@link TimeZoneRegistry#getGlobalZoneId}, which
 * copies the JVM's ~600 zone ids into a new set on every call: twice per event, that was most of a
 * feed's cost under load. Read-only, shared by every feed.
 */
final class ParisZoneRegistry implements TimeZoneRegistry {

    private static final String PARIS = ParisTime.ZONE.getId();

    private final TimeZone paris;
    private final Map<String, ZoneRules> rules = Map.of(PARIS, ParisTime.ZONE.getRules());

    /** @param paris ical4j's definition of Europe/Paris (its VTIMEZONE), loaded once */
    ParisZoneRegistry(TimeZone paris) {
        this.paris = paris;
    }

    @Override
    public void register(TimeZone timezone) {
        throw new UnsupportedOperationException("The feeds' time zone registry is read-only");
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        throw new UnsupportedOperationException("The feeds' time zone registry is read-only");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("The feeds' time zone registry is read-only");
    }

    @Override
    public TimeZone getTimeZone(String id) {
        return PARIS.equals(id) ? paris : null;
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return rules;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        if (PARIS.equals(tzId)) {
            return ParisTime.ZONE;
        }
        // ical4j then falls back to its global lookup.
        throw new DateTimeException("Not a zone of the feeds: " + tzId);
    }

    @Override
    public String getTzId(String zoneId) {
        return PARIS.equals(zoneId) ? PARIS : null;
    }
}
