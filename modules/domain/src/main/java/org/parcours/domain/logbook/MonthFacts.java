package org.parcours.domain.logbook;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What happened in a month of a cohort, as the draft of its issue tells it. Only what may be shared
 * with everyone following the cohort belongs here: co-development learnings their authors marked
 * shareable, never what was said in the groups.
 */
public record MonthFacts(YearMonth month, String cohortName, List<Held> sessions, List<VisitNote> visits,
        List<String> codevLearnings, List<NewResource> resources, List<Held> upcoming) {

    public MonthFacts {
        sessions = List.copyOf(sessions);
        visits = List.copyOf(visits);
        codevLearnings = List.copyOf(codevLearnings);
        resources = List.copyOf(resources);
        upcoming = List.copyOf(upcoming);
    }

    /** A session of the path: its day, its title and its kind (already in words). */
    public record Held(LocalDate day, String title, String kind) {
    }

    /** What a visiting team learnt at a host's practice, and what it will try at home. */
    public record VisitNote(String practice, String host, String visitorTerritory, String learnt, String willTry) {
    }

    /** A resource added to the centre this month. */
    public record NewResource(String title, String nature) {
    }
}
