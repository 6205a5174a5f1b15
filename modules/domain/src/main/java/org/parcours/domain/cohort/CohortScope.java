package org.parcours.domain.cohort;

import java.util.List;

/**
 * Which cohorts someone may see in a list: every cohort, those a partner follows, or those their
 * territories take part in.
 *
 * @param unrestricted every cohort (admins and facilitators)
 * @param partnerUsername the partner whose followed cohorts are kept, or {@code null}
 * @param territoryIds the territories whose cohorts are kept (empty: none)
 */
public record CohortScope(boolean unrestricted, String partnerUsername, List<Long> territoryIds) {

    public CohortScope {
        territoryIds = territoryIds == null ? List.of() : List.copyOf(territoryIds);
    }

    public static CohortScope all() {
        return new CohortScope(true, null, List.of());
    }

    public static CohortScope of(String partnerUsername, List<Long> territoryIds) {
        return new CohortScope(false, partnerUsername, territoryIds);
    }

    /** Whether nothing at all is visible (so no query is needed). */
    public boolean isEmpty() {
        return !unrestricted && partnerUsername == null && territoryIds.isEmpty();
    }
}
