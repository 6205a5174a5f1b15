package org.parcours.web.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parcours.application.evaluation.CohortEvaluation;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.QuestionScores;
import org.parcours.domain.evaluation.ResponseRate;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.evaluation.TerritoryScores;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.infrastructure.monitoring.ProgressTable;

/**
 * The evaluation results page's tables as files (see {@link ProgressTable}): figures only, like the
 * page; the "one thing I will apply" texts and the teams' comments are never exported.
 */
final class EvaluationTables {

    static final List<String> NAMES = List.of("assessment", "questions", "sessions", "feedback", "rates");

    private EvaluationTables() {
    }

    static ProgressTable of(String name, CohortEvaluation e, Function<String, String> label) {
        return switch (name) {
            case "assessment" -> assessment(e, label);
            case "questions" -> questions(e, label);
            case "sessions" -> sessions(e, label);
            case "feedback" -> feedback(e, label);
            case "rates" -> rates(e, label);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Per team: the self-assessment's average at mid-path and at the end, and the progress; the cohort last. */
    static ProgressTable assessment(CohortEvaluation e, Function<String, String> label) {
        List<String> headers = List.of(label.apply("evaluation.team"), label.apply("AssessmentRound.MID"),
                label.apply("AssessmentRound.END"), label.apply("evaluation.results.progress"));
        List<List<Object>> rows = new ArrayList<>();
        for (TerritoryScores t : e.assessment().territories()) {
            rows.add(row(t.territoryName(), t.mid().getValue(), t.end().getValue(), t.progress()));
        }
        rows.add(row(label.apply("evaluation.results.cohort"), e.assessment().mid().getValue(),
                e.assessment().end().getValue(), null));
        return new ProgressTable(label.apply("evaluation.export.assessment"), headers, rows);
    }

    static ProgressTable questions(CohortEvaluation e, Function<String, String> label) {
        List<String> headers = List.of(label.apply("evaluation.export.position"), label.apply("evaluation.grid.question"),
                label.apply("AssessmentRound.MID"), label.apply("AssessmentRound.END"));
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionScores q : e.assessment().questions()) {
            rows.add(row(q.position(), q.text(), q.mid().getValue(), q.end().getValue()));
        }
        return new ProgressTable(label.apply("evaluation.export.questions"), headers, rows);
    }

    /** Per session with answers: its date, answers, averages and response rate among its attendees. */
    static ProgressTable sessions(CohortEvaluation e, Function<String, String> label) {
        List<String> headers = List.of(label.apply("evaluation.session"), label.apply("evaluation.export.date"),
                label.apply("evaluation.answers"), label.apply("evaluation.feedback.usefulness.short"),
                label.apply("evaluation.feedback.satisfaction.short"), label.apply("evaluation.export.attendees"),
                label.apply("evaluation.export.answeringAttendees"), label.apply("evaluation.export.rate"));
        List<List<Object>> rows = new ArrayList<>();
        for (SessionScores s : e.sessions()) {
            ResponseRate rate = e.rates().session(s.sessionId());
            rows.add(row(s.title(), LocalDate.ofInstant(s.startsAt(), ParisTime.ZONE).toString(), s.answers(),
                    s.usefulness().getValue(), s.satisfaction().getValue(), rate.expected(), rate.answered(),
                    rate.percent()));
        }
        return new ProgressTable(label.apply("evaluation.export.sessions"), headers, rows);
    }

    static ProgressTable feedback(CohortEvaluation e, Function<String, String> label) {
        List<String> headers = List.of(label.apply("evaluation.team"), label.apply("evaluation.answers"),
                label.apply("evaluation.feedback.usefulness.short"), label.apply("evaluation.feedback.satisfaction.short"));
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackScores f : e.territoriesFeedback()) {
            rows.add(row(f.territoryName(), f.getAnswers(), f.usefulness().getValue(), f.satisfaction().getValue()));
        }
        return new ProgressTable(label.apply("evaluation.export.feedback"), headers, rows);
    }

    /** The response rates: questionnaires (attendees who answered), then each self-assessment round (teams). */
    static ProgressTable rates(CohortEvaluation e, Function<String, String> label) {
        List<String> headers = List.of(label.apply("evaluation.export.what"), label.apply("evaluation.export.answered"),
                label.apply("evaluation.export.expected"), label.apply("evaluation.export.rate"));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(rate(label.apply("evaluation.export.questionnaires"), e.rates().questionnaires()));
        rows.add(rate(label.apply("evaluation.assessment.title") + " · " + label.apply("AssessmentRound.MID"), e.rates().mid()));
        rows.add(rate(label.apply("evaluation.assessment.title") + " · " + label.apply("AssessmentRound.END"), e.rates().end()));
        return new ProgressTable(label.apply("evaluation.export.rates"), headers, rows);
    }

    private static List<Object> rate(String what, ResponseRate rate) {
        return row(what, rate.answered(), rate.expected(), rate.percent());
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }
}
