package org.parcours.web.codev;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;

/** Which cohort a co-development or visits page shows when none is asked for: the caller's own, else the latest. */
@Named
@RequestScoped
public class CohortChoice {

    @Inject
    CohortManagement cohorts;

    @Inject
    Access access;

    public Long defaultCohort() {
        for (Long territory : access.territoryIds()) {
            List<Cohort> followed = cohorts.followedBy(territory);
            if (!followed.isEmpty()) {
                return followed.get(0).getId();
            }
        }
        return cohorts.list(0, 1).stream().findFirst().map(Cohort::getId).orElse(null);
    }

    public List<Cohort> getCohorts() {
        return cohorts.list(0, 100);
    }
}
