package org.parcours.application.visit;

import java.io.Serializable;
import org.parcours.domain.visit.VisitOverview;

/**
 * What a cohort's visits page shows, read once: the cohort's name, its overview (plain values, see
 * {@link VisitOverview}), the caller's own territory in the cohort (null when none) and whether the
 * caller may propose a visit (its facilitators and admins, or a member of one of its teams).
 */
public record CohortVisits(String cohortName, VisitOverview overview, Long callerTerritoryId, boolean mayPropose) implements Serializable {
}
