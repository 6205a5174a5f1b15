package org.parcours.domain.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where cohorts are kept. */
public interface CohortRepository {

    Optional<Cohort> find(long id);

    /** The cohort with its territories and facilitators loaded, for a page that shows them. */
    Optional<Cohort> findWithDetails(long id);

    Optional<Cohort> findByName(String name);

    /** Every cohort that one of these territories follows, whatever its period. */
    List<Cohort> followedBy(Collection<Long> territoryIds);

    /** The cohorts a territory follows, latest first. */
    List<Cohort> followedBy(long territoryId);

    List<Cohort> list(int first, int max);

    long count();

    /** The cohorts this scope may read, latest first, one page. */
    List<Cohort> list(CohortScope scope, int first, int max);

    long count(CohortScope scope);

    void add(Cohort cohort);

    void flush();
}
