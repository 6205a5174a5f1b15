package org.parcours.domain.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;

/** What each territory of an individual work time has to hand in, and by when. */
@Entity
@Table(name = "assignment")
public class Assignment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int INSTRUCTIONS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", unique = true, updatable = false)
    private Session session;

    @Column(name = "instructions", nullable = false, length = INSTRUCTIONS_MAX)
    private String instructions;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    protected Assignment() {
        // for JPA
    }

    public Assignment(Session session, String instructions, Instant dueAt) {
        if (session.getKind() != SessionKind.INDIVIDUAL_WORK) {
            throw new RuleViolation(null, "assignment.notIndividualWork");
        }
        this.session = session;
        revise(instructions, dueAt);
    }

    public final void revise(String instructions, Instant dueAt) {
        this.instructions = Text.required(instructions, INSTRUCTIONS_MAX, "instructions");
        if (dueAt == null) {
            throw new RuleViolation("dueAt", "field.required");
        }
        this.dueAt = dueAt;
    }

    public boolean isLateAt(Instant when) {
        return when.isAfter(dueAt);
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

    public Session getSession() {
        return session;
    }

    public String getInstructions() {
        return instructions;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
