package org.parcours.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;

/** Who may read and who may change a cohort's schedule, attendance and individual work. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScheduleAccess {

    @Inject
    Access access;

    @Inject
    CohortManagement cohorts;

    /** Admins and the cohort's own facilitators. */
    public boolean mayManage(Cohort cohort) {
        return cohorts.mayManage(cohort);
    }

    /** Whoever may read the cohort reads its schedule (see {@link Access#mayRead(Cohort)}). */
    public boolean mayRead(Cohort cohort) {
        return access.mayRead(cohort);
    }

    public void requireManager(Cohort cohort, String what) {
        if (!mayManage(cohort)) {
            throw new AccessDenied(what);
        }
    }

    public void requireReader(Cohort cohort, String what) {
        if (!mayRead(cohort)) {
            throw new AccessDenied(what);
        }
    }
}
