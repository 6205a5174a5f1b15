package org.parcours.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentRound;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.SelfAssessment;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * A cohort's self-assessment grid (questions and rounds, by its facilitators) and each team's
 * answers. Reading a grid never writes: a cohort without one is shown the default grid, stored at
 * the first change.
 */
@ApplicationScoped
@Transactional
public class SelfAssessments {

    @Inject
    EvaluationRepository evaluation;
    @Inject
    CohortRepository cohorts;
    @Inject
    TerritoryRepository territories;
    @Inject
    ScheduleAccess rights;
    @Inject
    EvaluationAccess rules;
    @Inject
    Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort cohort(long cohortId) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        requireReader(cohort);
        return cohort;
    }

    /** Refuses the call unless the caller may read the cohort's evaluation at all. */
    public void requireReader(Cohort cohort) {
        rights.requireReader(cohort, "evaluation.cohort");
    }

    /** The cohort's grid, or the default one when its facilitators have not changed anything yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentGrid grid(long cohortId) {
        Cohort cohort = cohort(cohortId);
        return evaluation.grid(cohortId).orElseGet(() -> AssessmentGrid.withDefaults(cohort));
    }

    /** Replaces the questions and the scale; refused once a team has answered (see {@link AssessmentGrid}). */
    public AssessmentGrid rewrite(long cohortId, @NotNull @Valid GridForm form) {
        Cohort cohort = cohort(cohortId);
        rules.requireManager(cohort);
        Optional<AssessmentGrid> stored = evaluation.grid(cohortId);
        // A grid never stored was shown as the defaults: there is no version to compare yet (a
        // colleague storing one meanwhile makes the insert fail on the cohort's unique key instead).
        stored.ifPresent(g -> g.checkUnchangedSince(form.getVersion()));
        AssessmentGrid grid = stored.orElseGet(() -> AssessmentGrid.withDefaults(cohort));
        grid.rewrite(form.texts(), form.getScaleMax());
        if (stored.isPresent()) {
            evaluation.flush();
        } else {
            evaluation.add(grid);
        }
        return grid;
    }

    public AssessmentGrid open(long cohortId, @NotNull AssessmentRound round) {
        AssessmentGrid grid = managed(cohortId);
        grid.open(round);
        evaluation.flush();
        return grid;
    }

    public AssessmentGrid close(long cohortId, @NotNull AssessmentRound round) {
        AssessmentGrid grid = managed(cohortId);
        grid.close(round);
        evaluation.flush();
        return grid;
    }

    /** A team's answers for a round, for the team itself, facilitators and admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SelfAssessment> assessment(long cohortId, long territoryId, @NotNull AssessmentRound round) {
        Cohort cohort = cohort(cohortId);
        if (!rules.mayReadAssessment(cohort, territoryId)) {
            throw new AccessDenied("evaluation.assessment");
        }
        return evaluation.grid(cohortId).flatMap(g -> evaluation.assessment(g.getId(), territoryId, round));
    }

    /** A member of the team fills (or revises) its self-assessment while the round is open. */
    public SelfAssessment fill(long cohortId, long territoryId, @NotNull AssessmentRound round,
            @NotNull @Valid AssessmentForm form) {
        Cohort cohort = cohort(cohortId);
        if (!rules.mayFillAssessment(cohort, territoryId)) {
            throw new AccessDenied("evaluation.assessment.fill");
        }
        AssessmentGrid grid = stored(cohort);
        Territory territory = territories.find(territoryId)
                .orElseThrow(() -> new RuleViolation(null, "territory.unknown", territoryId));
        var by = access.person().orElseThrow(() -> new AccessDenied("evaluation.assessment.fill"));
        Optional<SelfAssessment> existing = evaluation.assessment(grid.getId(), territoryId, round);
        SelfAssessment assessment;
        if (existing.isPresent()) {
            assessment = existing.get();
            assessment.checkUnchangedSince(form.getVersion());
            assessment.revise(form.scores(), form.comments(), by, Instant.now());
        } else {
            if (form.getVersion() >= 0) {
                // the form was filled from answers that have since disappeared (cannot normally happen)
                throw new org.parcours.domain.StaleEditException();
            }
            assessment = SelfAssessment.fill(grid, territory, round, form.scores(), form.comments(), by, Instant.now());
            evaluation.add(assessment);
        }
        evaluation.flush();
        return assessment;
    }

    private AssessmentGrid managed(long cohortId) {
        Cohort cohort = cohort(cohortId);
        rules.requireManager(cohort);
        return stored(cohort);
    }

    /** The stored grid, stored now with the default questions if the cohort has none yet. */
    private AssessmentGrid stored(Cohort cohort) {
        return evaluation.grid(cohort.getId()).orElseGet(() -> {
            AssessmentGrid grid = AssessmentGrid.withDefaults(cohort);
            evaluation.add(grid);
            return grid;
        });
    }
}
