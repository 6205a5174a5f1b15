package org.parcours.domain.resource;

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
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Session;

/** A resource of the centre attached to a session of the schedule (next to the session's plain links). */
@Entity
@Table(name = "session_kit_resource")
public class SessionResource implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_PER_SESSION = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resource_id", updatable = false)
    private Resource resource;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    protected SessionResource() {
        // for JPA
    }

    /** Only approved resources are attached: participants must be able to open them. */
    public SessionResource(Session session, Resource resource, Instant now) {
        if (resource.getStatus() != ResourceStatus.APPROVED) {
            throw new RuleViolation("resource", "resource.attach.notApproved");
        }
        this.session = session;
        this.resource = resource;
        this.attachedAt = now;
    }

    public Long getId() { return id; }
    public Session getSession() { return session; }
    public Resource getResource() { return resource; }
    public Instant getAttachedAt() { return attachedAt; }
}
