package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.evaluation.CohortEvaluation;
import org.parcours.application.evaluation.EvaluationResults;
import org.parcours.application.evaluation.FeedbackReminders;
import org.parcours.domain.evaluation.FeedbackScores;
import org.parcours.domain.evaluation.QuestionScores;
import org.parcours.domain.evaluation.ResponseRate;
import org.parcours.domain.evaluation.ResponseRates;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.evaluation.TerritoryScores;
import org.parcours.domain.person.Role;

/**
 * A cohort's evaluation results, read-only and in figures only (no free text): for admins,
 * facilitators and the partners following the cohort. Averages have two decimals, null without answers.
 */
@Path("evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    EvaluationResults results;
    @Inject
    FeedbackReminders reminders;
    @Inject
    Access access;

    public record Territory(long id, String name, BigDecimal mid, BigDecimal end, BigDecimal progress,
            List<Integer> midScores, List<Integer> endScores) {
        static Territory of(TerritoryScores t) {
            return new Territory(t.territoryId(), t.territoryName(), t.mid().getValue(), t.end().getValue(),
                    t.progress(), t.midScores(), t.endScores());
        }
    }

    public record Question(int position, String text, BigDecimal mid, BigDecimal end) {
        static Question of(QuestionScores q) {
            return new Question(q.position(), q.text(), q.mid().getValue(), q.end().getValue());
        }
    }

    /** Who answered out of who could: attendees of a session, or territories of the cohort for a round. */
    public record Rate(long answered, long expected, Integer percent) {
        static Rate of(ResponseRate r) {
            return new Rate(r.answered(), r.expected(), r.percent());
        }
    }

    public record SelfAssessment(int scaleMax, BigDecimal mid, BigDecimal end, List<Territory> territories,
            List<Question> questions, Rate midResponseRate, Rate endResponseRate) {
    }

    public record Session(long id, String title, String kind, Instant startsAt, long answers, BigDecimal usefulness,
            BigDecimal satisfaction, Rate responseRate) {
        static Session of(SessionScores s, ResponseRates rates) {
            return new Session(s.sessionId(), s.title(), s.kind().name(), s.startsAt(), s.answers(),
                    s.usefulness().getValue(), s.satisfaction().getValue(), Rate.of(rates.session(s.sessionId())));
        }
    }

    public record TerritoryFeedback(long territoryId, String territory, long answers, BigDecimal usefulness,
            BigDecimal satisfaction) {
        static TerritoryFeedback of(FeedbackScores f) {
            return new TerritoryFeedback(f.territoryId(), f.territoryName(), f.getAnswers(), f.usefulness().getValue(),
                    f.satisfaction().getValue());
        }
    }

    public record Questionnaires(long answers, BigDecimal usefulness, BigDecimal satisfaction, List<Session> sessions,
            List<TerritoryFeedback> territories, Rate responseRate) {
    }

    public record Result(long cohortId, String cohort, SelfAssessment selfAssessment, Questionnaires questionnaires) {
        static Result of(CohortEvaluation e) {
            return new Result(e.cohortId(), e.cohortName(),
                    new SelfAssessment(e.assessment().scaleMax(), e.assessment().mid().getValue(),
                            e.assessment().end().getValue(),
                            e.assessment().territories().stream().map(Territory::of).toList(),
                            e.assessment().questions().stream().map(Question::of).toList(),
                            Rate.of(e.rates().mid()), Rate.of(e.rates().end())),
                    new Questionnaires(e.usefulness().getCount(), e.usefulness().getValue(), e.satisfaction().getValue(),
                            e.sessions().stream().map(s -> Session.of(s, e.rates())).toList(),
                            e.territoriesFeedback().stream().map(TerritoryFeedback::of).toList(),
                            Rate.of(e.rates().questionnaires())));
        }
    }

    public record Reminded(int reminded) {
    }

    @GET
    @Path("cohorts/{id}")
    public Result cohort(@PathParam("id") String id) {
        long cohortId = Ids.parse(id);
        return CoDevResource.known(() -> Result.of(results.ofCohort(cohortId)));
    }

    /** Runs the questionnaire reminders now (admins; the job otherwise runs every hour). */
    @POST
    @Path("reminders")
    public Reminded remindNow() {
        access.requireAny("evaluation.reminders", Role.ADMIN);
        return new Reminded(reminders.runNow());
    }
}
