package org.parcours.domain.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.parcours.domain.Text;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/**
 * A member of a visiting territory's team registered for a visit (or waiting, or cancelled), with
 * their debrief once the visit is over. Changed only through its {@link LearningVisit}.
 */
@Entity
@Table(name = "visit_registration")
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int DEBRIEF_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", updatable = false)
    private LearningVisit visit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RegistrationStatus status;

    /** Order of arrival within the visit: the waiting list is served in this order. */
    @Column(name = "arrival", nullable = false)
    private int arrival;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "learnt", length = DEBRIEF_MAX)
    private String learnt;

    @Column(name = "will_try", length = DEBRIEF_MAX)
    private String willTry;

    @Column(name = "debriefed_at")
    private Instant debriefedAt;

    protected Registration() {
        // for JPA
    }

    Registration(LearningVisit visit, Member member) {
        this.visit = visit;
        this.member = member;
    }

    void enter(RegistrationStatus newStatus, int order, Instant now) {
        this.status = newStatus;
        this.arrival = order;
        this.registeredAt = now;
        this.promotedAt = null;
    }

    void promote(Instant now) {
        this.status = RegistrationStatus.REGISTERED;
        this.promotedAt = now;
    }

    void cancel() {
        this.status = RegistrationStatus.CANCELLED;
    }

    void debrief(String whatWasLearnt, String whatToTry, Instant now) {
        String learned = Text.required(whatWasLearnt, DEBRIEF_MAX, "learnt");
        this.willTry = Text.required(whatToTry, DEBRIEF_MAX, "willTry");
        this.learnt = learned;
        this.debriefedAt = now;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public boolean isDebriefed() {
        return debriefedAt != null;
    }

    public Territory getTerritory() {
        return member.getTerritory();
    }

    public Long getId() {
        return id;
    }

    public LearningVisit getVisit() {
        return visit;
    }

    public Member getMember() {
        return member;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public int getArrival() {
        return arrival;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public String getLearnt() {
        return learnt;
    }

    public String getWillTry() {
        return willTry;
    }

    public Instant getDebriefedAt() {
        return debriefedAt;
    }
}
