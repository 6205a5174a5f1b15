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
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;

/**
 * What one person says of one resource: read, useful, or both (one mark per person and resource).
 * The time of reading is kept: the monitoring counts resources read per territory over a period.
 */
@Entity
@Table(name = "resource_mark")
public class ResourceMark implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", updatable = false)
    private Resource resource;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "useful", nullable = false)
    private boolean useful;

    protected ResourceMark() {
        // for JPA
    }

    /** Only resources of the centre (approved) are marked. */
    public ResourceMark(Resource resource, Person person) {
        if (resource.getStatus() != ResourceStatus.APPROVED) {
            throw new RuleViolation(null, "resource.mark.notApproved");
        }
        this.resource = resource;
        this.person = Objects.requireNonNull(person, "person");
    }

    /** Marks as read (keeping the first time) or not read. */
    public void markRead(boolean read, Instant now) {
        if (!read) {
            readAt = null;
        } else if (readAt == null) {
            readAt = now;
        }
    }

    public void markUseful(boolean isUseful) {
        this.useful = isUseful;
    }

    public boolean isRead() { return readAt != null; }
    public boolean isUseful() { return useful; }
    public Instant getReadAt() { return readAt; }
    public Long getId() { return id; }
    public Resource getResource() { return resource; }
    public Person getPerson() { return person; }
}
