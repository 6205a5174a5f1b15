package org.parcours.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Role;

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

    /** Staff and partners read every schedule; territory members those of their territories' cohorts. */
    public boolean mayRead(Cohort cohort) {
        if (access.holdsAny(Role.ADMIN, Role.FACILITATOR, Role.PARTNER)) {
            return true;
        }
        List<Long> mine = access.territoryIds();
        return access.holds(Role.TERRITORY)
                && cohort.getTerritories().stream().anyMatch(t -> mine.contains(t.getId()));
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
