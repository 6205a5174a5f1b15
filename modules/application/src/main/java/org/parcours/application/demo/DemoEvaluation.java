package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.evaluation.FeedbackReminders;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.evaluation.AssessmentGrid;
import org.parcours.domain.evaluation.AssessmentRound;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.Questionnaire;
import org.parcours.domain.evaluation.SelfAssessment;
import org.parcours.domain.evaluation.SessionFeedback;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/**
 * Evaluation figures for the demo cohort: answers to the questionnaires of the sessions already over
 * (given the hour after each), and self-assessments of six teams at mid-path and four at the end, so
 * that the results page compares something. The mid-path round is left open for the teams to try.
 * Reminders of the demo's questionnaires open at load time count as done: the teams' addresses are fictitious.
 */
@ApplicationScoped
public class DemoEvaluation {

    private static final int[][] FEEDBACK = {{4, 5}, {5, 4}, {3, 4}, {4, 4}, {5, 5}, {2, 3}, {4, 3}};
    private static final String[] TO_APPLY = {
        "Cartographier les acteurs du territoire avant la prochaine réunion",
        "Inviter une entreprise locale au comité de pilotage",
        null,
        "Formuler le besoin avec les habitants plutôt que pour eux",
        null};
    private static final int[][] MID = {{2, 1, 1, 1}, {3, 2, 2, 1}, {2, 2, 1, 1}, {3, 3, 2, 2}, {1, 1, 1, 1}, {2, 3, 2, 1}};
    private static final int[][] END = {{3, 3, 2, 2}, {4, 3, 3, 2}, {3, 2, 3, 2}, {4, 4, 3, 3}};

    @Inject
    EvaluationRepository evaluation;
    @Inject
    SessionRepository sessions;
    @Inject
    FeedbackReminders reminders;

    /** Called by {@link DemoData} inside its transaction; returns how many answers were given. */
    int load(Cohort cohort, List<Territory> teams, Person facilitator) {
        Instant now = Instant.now();
        List<Session> all = sessions.ofCohort(cohort.getId(), Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), 1000);
        // Only sessions whose questionnaire is open now could be reminded before a week passes; the others
        // will be, like any session (to fictitious addresses, or nowhere without a mail server).
        all.stream().filter(s -> Questionnaire.of(s).isOpen(now)).forEach(s -> reminders.skip(s.getId()));
        List<Territory> sorted = teams.stream().sorted(Comparator.comparing(Territory::getName)).toList();
        int answers = 0;
        int n = 0;
        for (Session session : all) {
            Instant answeredAt = session.getEndsAt().plus(Duration.ofHours(1));
            if (!Questionnaire.of(session).exists() || answeredAt.isAfter(now)) {
                continue;
            }
            for (Territory territory : sorted.subList(0, Math.min(8, sorted.size()))) {
                if (territory.getMembers().isEmpty() || !session.involves(territory)) {
                    continue;
                }
                Member member = territory.getMembers().get(0);
                int[] scores = FEEDBACK[n % FEEDBACK.length];
                evaluation.add(SessionFeedback.answer(session, member, scores[0], scores[1],
                        TO_APPLY[n % TO_APPLY.length], answeredAt));
                n++;
                answers++;
            }
        }
        AssessmentGrid grid = AssessmentGrid.withDefaults(cohort);
        evaluation.add(grid);
        fill(grid, sorted, AssessmentRound.MID, MID, facilitator, now);
        fill(grid, sorted, AssessmentRound.END, END, facilitator, now);
        grid.close(AssessmentRound.END);
        return answers;
    }

    private void fill(AssessmentGrid grid, List<Territory> teams, AssessmentRound round, int[][] scores, Person by,
            Instant now) {
        grid.open(round);
        for (int i = 0; i < scores.length && i < teams.size(); i++) {
            List<Integer> answers = Arrays.stream(scores[i]).boxed().toList();
            List<String> comments = new ArrayList<>(Arrays.asList(new String[answers.size()]));
            if (i == 0) {
                comments.set(0, "Diagnostic partagé avec les associations du bassin de vie");
            }
            evaluation.add(SelfAssessment.fill(grid, teams.get(i), round, answers, comments, by, now));
        }
    }
}
