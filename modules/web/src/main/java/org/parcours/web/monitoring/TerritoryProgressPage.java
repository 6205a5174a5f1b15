package org.parcours.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.application.evaluation.TerritoryEvaluation;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.application.monitoring.TerritoryProgress;
import org.parcours.web.shell.Pages;

/**
 * A territory's progress through its nine months: its figures, its self-assessment at mid-path and at
 * the end, and the timeline of its sessions with what became of each. Without an id, the caller's own
 * territory (the menu entry of territory teams).
 */
@Named
@ViewScoped
public class TerritoryProgressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressMonitoring monitoring;
    @Inject
    Access access;
    @Inject
    EvaluationResults evaluations;

    private Long id;
    private Long cohort;
    private TerritoryProgress progress;
    private boolean noCohort;
    private boolean noTerritory;
    private TerritoryEvaluation evaluation;

    public void load() {
        if (id == null) {
            List<Long> mine = access.territoryIds();
            if (mine.isEmpty()) {
                noTerritory = true;
                return;
            }
            id = mine.get(0);
        }
        try {
            progress = monitoring.territory(id, cohort).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (org.parcours.domain.RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        noCohort = progress == null;
        if (progress != null) {
            // Its self-assessment beside the facts: the same readers (the team, organisers, partners).
            evaluation = evaluations.territoryEvaluation(progress.getCohort().getId(), id).orElse(null);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public TerritoryProgress getProgress() {
        return progress;
    }

    /** The caller opened "my progress" without being in any territory's team. */
    public boolean isNoTerritory() {
        return noTerritory;
    }

    /** The team's self-assessment, question by question, at mid-path and at the end. */
    public TerritoryEvaluation getEvaluation() {
        return evaluation;
    }

    public boolean isNoCohort() {
        return noCohort;
    }
}
