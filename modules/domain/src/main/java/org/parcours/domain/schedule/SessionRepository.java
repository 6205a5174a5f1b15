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

    /** Non-cancelled sessions overlapping [from, to) that share a facilitator or a territory (any cohort). */
    List<Session> overlapping(Instant from, Instant to, int max);

    long countOfCohort(long cohortId);

    void add(Session session);

    void flush();
}
