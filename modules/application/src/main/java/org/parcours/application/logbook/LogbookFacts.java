package org.parcours.application.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.visit.LearningVisits;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.logbook.MonthFacts;
import org.parcours.domain.resource.ResourceRepository;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;

/**
 * Gathers a month's facts for the draft: the sessions held (titles and kinds, never their agenda), the
 * visits' debriefs, the co-development learnings their authors marked shareable (through
 * {@link CoDevelopment#shareableLearnings}, which never returns anything else), the resources added to
 * the centre, and the sessions of the month to come. Called by the cohort's facilitators only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LogbookFacts {

    static final String PHRASES = "org.parcours.application.logbook.draft";
    private static final int MAX_SESSIONS = 300;
    private static final int MAX_RESOURCES = 100;

    @Inject
    SessionRepository sessions;
    @Inject
    LearningVisits visits;
    @Inject
    CoDevelopment codev;
    @Inject
    ResourceRepository resources;

    public MonthFacts of(Cohort cohort, YearMonth month, Instant now) {
        ResourceBundle phrases = phrases();
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        List<MonthFacts.Held> held = sessions.ofCohort(cohort.getId(), from, to, MAX_SESSIONS).stream()
                .filter(s -> !s.isCancelled() && s.getStartsAt().isBefore(now))
                .map(s -> held(s, phrases)).toList();
        List<MonthFacts.Held> upcoming = sessions.ofCohort(cohort.getId(), to, start(month.plusMonths(2)), MAX_SESSIONS)
                .stream().filter(s -> !s.isCancelled()).map(s -> held(s, phrases)).toList();
        List<MonthFacts.VisitNote> notes = visits.learningsOf(cohort.getId(), month).stream()
                .map(v -> new MonthFacts.VisitNote(v.practice(), v.host(), v.visitorTerritory(), v.learnt(), v.willTry()))
                .toList();
        List<String> learnings = codev.shareableLearnings(cohort.getId(), month);
        List<MonthFacts.NewResource> added = resources.approvedAddedIn(from, to, MAX_RESOURCES).stream()
                .map(r -> new MonthFacts.NewResource(r.getTitle(), phrases.getString("ResourceNature." + r.getNature().name())))
                .toList();
        return new MonthFacts(month, cohort.getName(), held, notes, learnings, added, upcoming);
    }

    static ResourceBundle phrases() {
        return ResourceBundle.getBundle(PHRASES, Locale.FRENCH);
    }

    private static MonthFacts.Held held(Session session, ResourceBundle phrases) {
        return new MonthFacts.Held(ParisTime.dayOf(session.getStartsAt()), session.getTitle(),
                phrases.getString("SessionKind." + session.getKind().name()));
    }

    private static Instant start(YearMonth month) {
        return ParisTime.at(month.atDay(1), LocalTime.MIDNIGHT);
    }
}
