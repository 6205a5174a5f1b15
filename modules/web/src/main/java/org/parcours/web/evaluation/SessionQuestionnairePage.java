package org.parcours.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.evaluation.EvaluationAccess;
import org.parcours.application.evaluation.FeedbackForm;
import org.parcours.application.evaluation.SessionQuestionnaires;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.evaluation.Questionnaire;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.Member;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A session's questionnaire: the form for its participants, its figures for those who follow the results. */
@Named("sessionQuestionnaire")
@ViewScoped
public class SessionQuestionnairePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionQuestionnaires questionnaires;
    @Inject
    EvaluationAccess rules;

    private Long id;
    private Session session;
    private Instant closesAt;
    private String state;
    private boolean mayAnswer;
    private SessionScores scores;
    private List<String> toApply = List.of();
    private FeedbackForm form = new FeedbackForm();

    public void load() {
        try {
            session = id == null ? null : questionnaires.session(id);
        } catch (RuleViolation e) {
            session = null;
        } catch (AccessDenied e) {
            Pages.forbidden();
            return;
        }
        if (session == null) {
            Pages.notFound();
            return;
        }
        Questionnaire questionnaire = Questionnaire.of(session);
        Instant now = Instant.now();
        closesAt = questionnaire.closesAt();
        Optional<Member> me = questionnaires.participant(session);
        boolean answered = me.map(m -> questionnaires.hasAnswered(session, m)).orElse(false);
        mayAnswer = me.isPresent() && !answered && questionnaire.isOpen(now);
        state = !questionnaire.exists() ? "none"
                : now.isBefore(questionnaire.opensAt()) ? "notYetOpen"
                : !questionnaire.isOpen(now) ? "closed"
                : answered ? "answered"
                : me.isPresent() ? "open" : "openNotParticipant";
        scores = rules.mayReadResults(session.getCohort()) ? questionnaires.scores(id) : null;
        toApply = rules.mayManage(session.getCohort()) ? questionnaires.toApply(id) : List.of();
    }

    public void answer() {
        if (Feedback.attempt("feedbackForm", () -> {
            questionnaires.answer(id, form);
            Feedback.info("evaluation.feedback.saved");
            return "ok";
        }) != null) {
            form = new FeedbackForm();
            load();
        }
    }

    public int[] getScale() { return new int[] {1, 2, 3, 4, 5}; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Session getSession() { return session; }
    public Instant getClosesAt() { return closesAt; }
    public String getState() { return state; }
    public boolean isMayAnswer() { return mayAnswer; }
    public SessionScores getScores() { return scores; }
    public List<String> getToApply() { return toApply; }
    public FeedbackForm getForm() { return form; }
}
