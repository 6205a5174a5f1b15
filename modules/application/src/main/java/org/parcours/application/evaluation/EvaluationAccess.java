package org.parcours.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Role;

/** Who may read and who may change the evaluation of a cohort (see the package's description). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationAccess {

    @Inject
    Access access;

    @Inject
    CohortManagement cohorts;

    /** Figures of a cohort: admins, facilitators, and the partners who follow it. */
    public boolean mayReadResults(Cohort cohort) {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR)
                || access.holds(Role.PARTNER) && cohort.isFollowedByPartner(access.username());
    }

    /** Questions, rounds and the anonymous free text: admins and the cohort's own facilitators. */
    public boolean mayManage(Cohort cohort) {
        return cohorts.mayManage(cohort);
    }

    /** A team's self-assessment with its comments: the team itself, facilitators and admins. */
    public boolean mayReadAssessment(Cohort cohort, long territoryId) {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR) || mayFillAssessment(cohort, territoryId);
    }

    /** A team's self-assessment is filled by its members (of a territory the cohort follows). */
    public boolean mayFillAssessment(Cohort cohort, long territoryId) {
        return access.holds(Role.TERRITORY) && access.belongsTo(territoryId)
                && cohort.includesAnyOf(java.util.List.of(territoryId));
    }

    public void requireResultsReader(Cohort cohort) {
        if (!mayReadResults(cohort)) {
            throw new AccessDenied("evaluation.results");
        }
    }

    public void requireManager(Cohort cohort) {
        if (!mayManage(cohort)) {
            throw new AccessDenied("evaluation.manage");
        }
    }
}
