package org.parcours.domain.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.cohort.Cohort;

/**
 * A cohort's self-assessment grid: the questions each territory team answers at mid-path and at the
 * end, on a scale of 1 to 4 or 1 to 5, and which of the two rounds its facilitators have opened.
 * The questions may be edited until the first answer; then they are frozen, so that the two rounds
 * compare the same questions (no versioning to reconcile).
 */
@Entity
@Table(name = "assessment_grid")
public class AssessmentGrid implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int QUESTION_MAX = 300;
    public static final int MAX_QUESTIONS = 12;
    public static final int DEFAULT_SCALE = 4;

    /** The default questions: the four steps of a co-construction approach (needs, partners, solutions, results). */
    public static final List<String> DEFAULT_QUESTIONS = List.of(
            "Les besoins du territoire sont identifiés avec les acteurs concernés",
            "Les partenaires (associations, entreprises, institutions) sont engagés dans la démarche",
            "Des solutions sont co-construites avec les partenaires",
            "Les résultats de la démarche sont mesurés et partagés");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", updatable = false, unique = true)
    private Cohort cohort;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_question", joinColumns = @JoinColumn(name = "grid_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = QUESTION_MAX)
    private List<String> questions = new ArrayList<>();

    @Column(name = "scale_max", nullable = false)
    private int scaleMax;

    @Column(name = "mid_open", nullable = false)
    private boolean midOpen;

    @Column(name = "end_open", nullable = false)
    private boolean endOpen;

    @Column(name = "answered", nullable = false)
    private boolean answered;

    protected AssessmentGrid() {
        // for JPA
    }

    /** The grid a cohort starts with: the default questions on a scale of 1 to 4, both rounds closed. */
    public static AssessmentGrid withDefaults(Cohort cohort) {
        AssessmentGrid grid = new AssessmentGrid();
        grid.cohort = Objects.requireNonNull(cohort, "cohort");
        grid.questions.addAll(DEFAULT_QUESTIONS);
        grid.scaleMax = DEFAULT_SCALE;
        return grid;
    }

    /** Replaces the questions and the scale; refused once a team has answered. */
    public void rewrite(List<String> newQuestions, int newScaleMax) {
        if (answered) {
            throw new RuleViolation("questions", "evaluation.grid.frozen");
        }
        if (newScaleMax != 4 && newScaleMax != 5) {
            throw new RuleViolation("scaleMax", "evaluation.grid.scale.invalid");
        }
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < newQuestions.size(); i++) {
            String text = Text.optional(newQuestions.get(i), QUESTION_MAX, "questions." + i + ".text");
            if (text != null) {
                checked.add(text);
            }
        }
        if (checked.isEmpty() || checked.size() > MAX_QUESTIONS) {
            throw new RuleViolation("questions", "evaluation.grid.count", MAX_QUESTIONS);
        }
        questions.clear();
        questions.addAll(checked);
        scaleMax = newScaleMax;
    }

    public void open(AssessmentRound round) {
        setOpen(round, true);
    }

    public void close(AssessmentRound round) {
        setOpen(round, false);
    }

    private void setOpen(AssessmentRound round, boolean open) {
        if (round == AssessmentRound.MID) {
            midOpen = open;
        } else {
            endOpen = open;
        }
    }

    public boolean isOpen(AssessmentRound round) {
        return round == AssessmentRound.MID ? midOpen : endOpen;
    }

    /** Called by the first answer: from then on the questions no longer change. */
    void freeze() {
        answered = true;
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public List<String> getQuestions() {
        return Collections.unmodifiableList(questions);
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public boolean isMidOpen() {
        return midOpen;
    }

    public boolean isEndOpen() {
        return endOpen;
    }

    /** Whether a team has answered, which freezes the questions. */
    public boolean isAnswered() {
        return answered;
    }
}
