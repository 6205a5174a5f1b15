package org.parcours.domain.testimony;

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
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Session;

/** What a participant takes away from a testimony or a practical situation, written once it is over. */
@Entity
@Table(name = "session_takeaway")
public class Takeaway implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Takeaway() {
        // for JPA
    }

    public Takeaway(Session session, Person person, String text, Instant now) {
        if (!SessionSpeakers.carriesSpeakers(session.getKind())) {
            throw new RuleViolation(null, "testimony.kind.notSpeaking");
        }
        this.session = session;
        this.person = Objects.requireNonNull(person, "person");
        rewrite(text, now);
    }

    /** Writes the takeaway again; only once the session is over. */
    public final void rewrite(String newText, Instant now) {
        if (now.isBefore(session.getEndsAt())) {
            throw new RuleViolation("takeaway", "testimony.takeaway.tooEarly");
        }
        this.text = Text.required(newText, TEXT_MAX, "takeaway");
        this.writtenAt = now;
    }

    public Long getId() {
        return id;
    }

    public Session getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
