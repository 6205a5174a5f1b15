package org.parcours.domain.schedule;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where sessions are kept. Every list is bounded by a time range or a page. */
public interface SessionRepository {

    Optional<Session> find(long id);

    /** The session with its territories, facilitators and cohort loaded. */
    Optional<Session> findWithDetails(long id);

    /** The sessions of a cohort starting in [from, to), by start. */
    List<Session> ofCohort(long cohortId, Instant from, Instant to, int max);

    /** The sessions a territory takes part in starting in [from, to). */
    List<Session> ofTerritories(Collection<Long> territoryIds, Instant from, Instant to, int max);

    /** The sessions run by a person starting in [from, to). */
    List<Session> runBy(long personId, Instant from, Instant to, int max);

    /**
     * Non-cancelled sessions of any cohort overlapping [from, to) that are run by one of these
     * facilitators or involve one of these territories: the candidates for a conflict.
     */
    List<Session> overlapping(Instant from, Instant to, Collection<Long> facilitatorIds,
            Collection<Long> territoryIds, int max);

    long countOfCohort(long cohortId);

    /** A page of a cohort's sessions in their order (start, then id): the list under its calendar. */
    List<Session> pageOfCohort(long cohortId, int first, int max);

    void add(Session session);

    void flush();
}
