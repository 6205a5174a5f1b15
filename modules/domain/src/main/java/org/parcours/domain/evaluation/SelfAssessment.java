package org.parcours.domain.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.Territory;

/**
 * A territory team's self-assessment for one round: one answer per question of its cohort's grid.
 * There is one per team and round, filled by any member of the team and revised by them while the
 * round is open (optimistic locking keeps two members from overwriting each other silently).
 */
@Entity
@Table(name = "self_assessment")
public class SelfAssessment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "grid_id", updatable = false)
    private AssessmentGrid grid;

    @ManyToOne(optional = false)
    @JoinColumn(name = "territory_id", updatable = false)
    private Territory territory;

    @Enumerated(EnumType.STRING)
    @Column(name = "round", nullable = false, length = 8, updatable = false)
    private AssessmentRound round;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<AssessmentAnswer> answers = new ArrayList<>();

    @ManyToOne
    @JoinColumn(name = "filled_by")
    private Person filledBy;

    @Column(name = "filled_at", nullable = false)
    private Instant filledAt;

    protected SelfAssessment() {
        // for JPA
    }

    /** A team's first answers for a round of its cohort's grid. */
    public static SelfAssessment fill(AssessmentGrid grid, Territory territory, AssessmentRound round,
            List<Integer> scores, List<String> comments, Person by, Instant now) {
        if (!grid.getCohort().follows(territory)) {
            throw new RuleViolation(null, "evaluation.assessment.notInCohort");
        }
        SelfAssessment assessment = new SelfAssessment();
        assessment.grid = grid;
        assessment.territory = territory;
        assessment.round = Objects.requireNonNull(round, "round");
        assessment.revise(scores, comments, by, now);
        return assessment;
    }

    /** Replaces the answers, while the round is open. */
    public final void revise(List<Integer> scores, List<String> comments, Person by, Instant now) {
        if (!grid.isOpen(round)) {
            throw new RuleViolation(null, "evaluation.assessment.closed");
        }
        int size = grid.getQuestions().size();
        if (scores.size() != size || comments.size() != size) {
            // the grid changed since the form was shown (cannot happen once answered: it is frozen)
            throw new StaleEditException();
        }
        List<AssessmentAnswer> checked = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            checked.add(AssessmentAnswer.of(scores.get(i), comments.get(i), grid.getScaleMax(), "answers." + i));
        }
        answers.clear();
        answers.addAll(checked);
        filledBy = by;
        filledAt = now;
        grid.freeze();
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    /** The sum of the scores, for averages. */
    public int total() {
        return answers.stream().mapToInt(AssessmentAnswer::getScore).sum();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AssessmentGrid getGrid() {
        return grid;
    }

    public Territory getTerritory() {
        return territory;
    }

    public AssessmentRound getRound() {
        return round;
    }

    public List<AssessmentAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }

    public Person getFilledBy() {
        return filledBy;
    }

    public Instant getFilledAt() {
        return filledAt;
    }
}
