package org.parcours.application.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.attendance.AttendanceRepository;
import org.parcours.domain.evaluation.EvaluationRepository;
import org.parcours.domain.evaluation.Questionnaire;
import org.parcours.domain.evaluation.SessionFeedback;
import org.parcours.domain.evaluation.SessionScores;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/** A session's questionnaire: who answers it, the answers, its figures, and the reminder to those who have not. */
@ApplicationScoped
@Transactional
public class SessionQuestionnaires {

    static final int MAX_TEXTS = 200;
    static final int MAX_DUE = 1000;
    static final int MAX_OPEN = 200;

    @Inject
    EvaluationRepository evaluation;
    @Inject
    SessionRepository sessions;
    @Inject
    CohortRepository cohorts;
    @Inject
    AttendanceRepository teams;
    @Inject
    ScheduleAccess rights;
    @Inject
    EvaluationAccess rules;
    @Inject
    Access access;
    @Inject
    Event<FeedbackReminder> reminders;

    /** The session, for whoever may read its cohort. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Session session(long sessionId) {
        Session session = sessions.findWithDetails(sessionId)
                .orElseThrow(() -> new RuleViolation(null, "session.unknown", sessionId));
        rights.requireReader(session.getCohort(), "evaluation.session");
        return session;
    }

    /** The caller as a member of a team taking part in the session, if they are one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Member> participant(Session session) {
        if (!access.holds(Role.TERRITORY)) {
            return Optional.empty();
        }
        Optional<Person> me = access.person();
        if (me.isEmpty()) {
            return Optional.empty();
        }
        List<Long> mine = access.territoryIds();
        List<Long> taking = session.participants().stream().map(Territory::getId).filter(mine::contains).toList();
        return teams.membersOf(taking).stream().filter(m -> m.getEmail().equals(me.get().getEmail())).findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAnswered(Session session, Member member) {
        return evaluation.hasAnswered(session.getId(), member.getId());
    }

    /** The signed-in participant answers, once, while the questionnaire is open. */
    public SessionFeedback answer(long sessionId, @NotNull @Valid FeedbackForm form) {
        Session session = session(sessionId);
        if (!access.holds(Role.TERRITORY)) {
            throw new AccessDenied("evaluation.answer");
        }
        Member member = participant(session)
                .orElseThrow(() -> new RuleViolation(null, "evaluation.feedback.notParticipant"));
        if (evaluation.hasAnswered(sessionId, member.getId())) {
            throw new RuleViolation(null, "evaluation.feedback.alreadyAnswered");
        }
        SessionFeedback feedback = SessionFeedback.answer(session, member, form.getUsefulness(), form.getSatisfaction(),
                form.getToApply(), Instant.now());
        evaluation.add(feedback);
        return feedback;
    }

    /** The session's figures, for whoever may read the cohort's results. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionScores scores(long sessionId) {
        Session session = session(sessionId);
        rules.requireResultsReader(session.getCohort());
        return evaluation.sessionScores(session);
    }

    /** What participants will apply, without names: for the cohort's facilitators and admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> toApply(long sessionId) {
        Session session = session(sessionId);
        rules.requireManager(session.getCohort());
        return evaluation.toApply(sessionId, MAX_TEXTS);
    }

    /**
     * How many days the cohort's questionnaires stay open after each session (its facilitators and
     * admins); the reminder follows (see {@link Questionnaire}).
     */
    public Cohort chooseWindow(long cohortId, @NotNull @Valid WindowForm form) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        rules.requireManager(cohort);
        cohort.chooseQuestionnaireDays(form.getDays());
        return cohort;
    }

    /** The caller's sessions of a cohort whose questionnaire is open now (for territory members). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> openForMe(long cohortId) {
        List<Long> mine = access.territoryIds();
        if (!access.holds(Role.TERRITORY) || mine.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        // Sessions last at most half a day: those starting in the window cover every open questionnaire.
        return sessions.ofTerritories(mine, now.minus(Questionnaire.LONGEST_OPEN_FOR).minus(java.time.Duration.ofHours(13)), now,
                        MAX_OPEN).stream()
                .filter(s -> s.getCohort().getId() == cohortId && Questionnaire.of(s).isOpen(now))
                .toList();
    }

    /** The sessions whose reminder is due at {@code now}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueForReminder(Instant now) {
        // remind() checks each again with Questionnaire before sending
        return evaluation.dueForReminder(now, MAX_DUE);
    }

    /**
     * Reminds the members of the teams taking part who have not answered (emailed after commit);
     * returns how many are reminded. The caller makes sure it happens once per session (JobClaims).
     */
    public int remind(long sessionId, Instant now) {
        Session session = sessions.findWithDetails(sessionId).orElse(null);
        if (session == null || !Questionnaire.of(session).isReminderDue(now)) {
            return 0;
        }
        Set<Long> answered = new HashSet<>(evaluation.respondents(sessionId));
        List<Long> territoryIds = session.participants().stream().map(Territory::getId).toList();
        List<EmailAddress> to = teams.membersOf(territoryIds).stream()
                .filter(m -> !answered.contains(m.getId()))
                .map(Member::getEmail)
                .distinct()
                .toList();
        if (!to.isEmpty()) {
            reminders.fire(new FeedbackReminder(to, session.getTitle(), session.getStartsAt(),
                    Questionnaire.of(session).closesAt()));
        }
        return to.size();
    }
}
