package org.parcours.domain.schedule;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;

/**
 * Turns a programme into a cohort's concrete schedule: each template lands on its weekday in its
 * week of its month of the path, moved to the next working day when that day is a weekend or a
 * French public holiday, and kept inside the cohort's period.
 */
public final class ScheduleGenerator {

    private ScheduleGenerator() {
    }

    /** The day a template falls on for a path starting on {@code start}. */
    public static LocalDate dayOf(SessionTemplate template, LocalDate start, LocalDate end) {
        LocalDate weekStart = start.plusMonths(template.getMonth() - 1L).plusWeeks(template.getWeek() - 1L);
        LocalDate day = FrenchHolidays.workingDayFrom(
                weekStart.with(TemporalAdjusters.nextOrSame(template.getWeekday())));
        return day.isAfter(end) ? FrenchHolidays.workingDayUntil(end) : day;
    }

    public static List<Session> generate(Programme programme, Cohort cohort, Collection<Person> facilitators) {
        LocalDate start = cohort.getPeriod().getStartDate();
        LocalDate end = cohort.getPeriod().getEndDate();
        List<Session> sessions = new ArrayList<>();
        for (SessionTemplate template : programme.getSessions()) {
            LocalDate day = dayOf(template, start, end);
            SessionTiming timing = new SessionTiming(ParisTime.at(day, template.getStartTime()),
                    ParisTime.at(day, template.getStartTime()).plusSeconds(template.getDurationMinutes() * 60L));
            Venue venue = template.getFormat().needsVenue() ? Venue.of("À préciser", "À préciser", 60) : null;
            String link = template.getFormat().needsLink() ? "https://visio.example.org/parcours" : null;
            SessionPlan plan = new SessionPlan(template.getTitle(), template.getKind(), template.getFormat(),
                    programme.phaseTitle(template.getPhase()), venue, link, template.getAgenda());
            Session session = new Session(cohort, plan, timing);
            session.involve(true, List.of(), facilitators);
            sessions.add(session);
        }
        sessions.sort(Comparator.comparing(Session::getStartsAt));
        return sessions;
    }
}
