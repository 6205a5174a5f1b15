package org.parcours.domain.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.schedule.Session;

/** Where questionnaire answers, self-assessment grids and self-assessments are kept. */
public interface EvaluationRepository {

    boolean hasAnswered(long sessionId, long memberId);

    /** The members (ids) among these who answered the session's questionnaire. */
    List<Long> respondents(long sessionId);

    void add(SessionFeedback feedback);

    /** Per session of a cohort that has answers: counts and sums, by start; at most {@code max} sessions. */
    List<SessionScores> sessionScores(long cohortId, int max);

    /** One session's figures (zero answers when none). */
    SessionScores sessionScores(Session session);

    /** Per territory of a cohort: the sums of its members' answers. */
    List<FeedbackScores> feedbackByTerritory(long cohortId);

    /**
     * Each of these cohorts' evaluation in averages (self-assessment scores of the teams it follows, per
     * round; questionnaire answers of its territories), by cohort name; a fixed number of statements.
     */
    List<CohortEvaluationSummary> summaries(Collection<Long> cohortIds);

    /** The "one thing I will apply" texts of a session, without who wrote them, newest first. */
    List<String> toApply(long sessionId, int max);

    /**
     * The ids of the sessions whose questionnaire is open and due for its reminder at {@code now}, each
     * after its own cohort's window (see {@link Questionnaire}), oldest end first.
     */
    List<Long> dueForReminder(Instant now, int max);

    /**
     * A cohort's response rates in two statements: per session, its attendees (present or late) who
     * answered; per self-assessment round, the cohort's territories that filled it, out of {@code territories}.
     */
    ResponseRates responseRates(long cohortId, long territories);

    Optional<AssessmentGrid> grid(long cohortId);

    void add(AssessmentGrid grid);

    List<SelfAssessment> assessments(long gridId);

    /** A cohort's grid and all its teams' scores, in a fixed number of statements whatever their number. */
    AssessmentScores assessmentScores(long cohortId);

    Optional<SelfAssessment> assessment(long gridId, long territoryId, AssessmentRound round);

    void add(SelfAssessment assessment);

    /** Makes pending changes visible now, so that a unique key taken concurrently becomes a rule violation. */
    void flush();

}
