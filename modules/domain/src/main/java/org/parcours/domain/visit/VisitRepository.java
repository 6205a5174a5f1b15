package org.parcours.domain.visit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where learning visits are kept. Every list is bounded. */
public interface VisitRepository {

    Optional<LearningVisit> find(long id);

    /**
     * The visit with its registrations, its row locked until the transaction ends (SELECT ... FOR
     * UPDATE): registrations of the same visit then happen one after the other, on fresh data.
     */
    Optional<LearningVisit> lockWithRegistrations(long id);

    /** A cohort's visits by date, with their registrations, from {@code from} on. */
    List<LearningVisit> ofCohort(long cohortId, Instant from, int max);

    /** The visits of these cohorts by date, from {@code from} on. */
    List<LearningVisit> ofCohorts(Collection<Long> cohortIds, Instant from, int max);

    /** Debriefed registrations of a cohort's visits held in [from, to): the learnings of a month. */
    List<Registration> debriefsOfCohort(long cohortId, Instant from, Instant to, int max);

    void add(LearningVisit visit);

    void flush();
}
