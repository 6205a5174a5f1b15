package org.parcours.domain.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/**
 * One participant's answer to a session's questionnaire: how useful and how satisfying the session
 * was (1 to 5) and, optionally, one thing they will apply. Given once, while the questionnaire is
 * open, by a member of a team taking part. The territory is kept with the answer so that the results
 * stay whole if the member later leaves the team.
 */
@Entity
@Table(name = "session_feedback")
public class SessionFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", updatable = false)
    private Territory territory;

    /** Null once the member has left the team (the answer stays in the results). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;

    @Column(name = "usefulness", nullable = false)
    private int usefulness;

    @Column(name = "satisfaction", nullable = false)
    private int satisfaction;

    @Column(name = "to_apply", length = Questionnaire.TO_APPLY_MAX)
    private String toApply;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SessionFeedback() {
        // for JPA
    }

    /** A member answers the questionnaire of a session their team took part in, while it is open. */
    public static SessionFeedback answer(Session session, Member member, int usefulness, int satisfaction,
            String toApply, Instant now) {
        Objects.requireNonNull(member, "member");
        Questionnaire.of(session).requireOpen(now);
        if (session.participants().stream().noneMatch(t -> same(t, member.getTerritory()))) {
            throw new RuleViolation(null, "evaluation.feedback.notParticipant");
        }
        SessionFeedback feedback = new SessionFeedback();
        feedback.session = session;
        feedback.member = member;
        feedback.territory = member.getTerritory();
        feedback.usefulness = score(usefulness, "usefulness");
        feedback.satisfaction = score(satisfaction, "satisfaction");
        feedback.toApply = Text.optional(toApply, Questionnaire.TO_APPLY_MAX, "toApply");
        feedback.answeredAt = now;
        return feedback;
    }

    private static int score(int value, String field) {
        if (value < Questionnaire.SCORE_MIN || value > Questionnaire.SCORE_MAX) {
            throw new RuleViolation(field, "evaluation.score.range", Questionnaire.SCORE_MIN, Questionnaire.SCORE_MAX);
        }
        return value;
    }

    static boolean same(Territory a, Territory b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public Territory getTerritory() {
        return territory;
    }

    public Member getMember() {
        return member;
    }

    public int getUsefulness() {
        return usefulness;
    }

    public int getSatisfaction() {
        return satisfaction;
    }

    public String getToApply() {
        return toApply;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
