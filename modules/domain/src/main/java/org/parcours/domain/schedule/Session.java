package org.parcours.domain.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;

/**
 * A session of a cohort's path (temps collectif or individuel). It keeps a stable UID and a SEQUENCE
 * that grows at every change people must see in their calendars (RFC 5545), so that calendar
 * applications update the event instead of duplicating it.
 */
@Entity
@Table(name = "path_session")
public class Session implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    public static final int AGENDA_MAX = 4000;
    public static final int LINK_MAX = 1000;
    public static final int MAX_DURATION_MINUTES = 12 * 60;
    public static final int MAX_RESOURCES = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "uid", nullable = false, unique = true, length = 80, updatable = false)
    private String uid;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private SessionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false, length = 16)
    private SessionFormat format;

    @Column(name = "phase", length = Programme.PHASE_MAX)
    private String phase;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Embedded
    private Venue venue;

    @Column(name = "video_link", length = LINK_MAX)
    private String videoLink;

    @Column(name = "agenda", length = AGENDA_MAX)
    private String agenda;

    /** Every territory of the cohort takes part, including those enrolled later. */
    @Column(name = "whole_cohort", nullable = false)
    private boolean wholeCohort = true;

    @ManyToMany
    @JoinTable(name = "session_territory", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    private Set<Territory> territories = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "session_facilitator", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> facilitators = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_resource", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<ResourceLink> resources = new ArrayList<>();

    @Column(name = "seq_no", nullable = false)
    private int sequence;

    @Column(name = "cancelled", nullable = false)
    private boolean cancelled;

    /** The short code participants type to register their own presence; none until the facilitator shows one. */
    @Column(name = "check_in_code", length = 12)
    private String checkInCode;

    protected Session() {
        // for JPA
    }

    public Session(Cohort cohort, SessionPlan plan, SessionTiming timing) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.uid = UUID.randomUUID() + "@parcours";
        apply(plan);
        this.startsAt = timing.start();
        this.endsAt = timing.end();
    }

    /** Changes what the session is about and where; a real change bumps the sequence. */
    public void replan(SessionPlan plan) {
        if (!plan.equals(plan())) {
            apply(plan);
            sequence++;
        }
    }

    /** Moves the session; a real move bumps the sequence. Whether the move is wise is {@link ScheduleCheck}'s job. */
    public void moveTo(SessionTiming timing) {
        if (!timing.equals(timing())) {
            startsAt = timing.start();
            endsAt = timing.end();
            sequence++;
        }
    }

    /**
     * Sets who takes part: the whole cohort, or some of its territories (at least one, all of the
     * cohort's), and who runs it (facilitators only).
     */
    public void involve(boolean everyTerritory, Collection<Territory> some, Collection<Person> runBy) {
        if (!everyTerritory) {
            if (some.isEmpty()) {
                throw new RuleViolation("territories", "session.territories.required");
            }
            for (Territory t : some) {
                if (!cohort.follows(t)) {
                    throw new RuleViolation("territories", "session.territory.notInCohort", t.getName());
                }
            }
        }
        for (Person person : runBy) {
            if (!person.holds(Role.FACILITATOR)) {
                throw new RuleViolation("facilitators", "cohort.facilitator.notFacilitator", person.getDisplayName());
            }
        }
        boolean changed = wholeCohort != everyTerritory
                || (!everyTerritory && !territories.equals(new HashSet<>(some)))
                || !facilitators.equals(new HashSet<>(runBy));
        wholeCohort = everyTerritory;
        territories.clear();
        if (!everyTerritory) {
            territories.addAll(some);
        }
        facilitators.clear();
        facilitators.addAll(runBy);
        if (changed && id != null) {
            sequence++;
        }
    }

    /** Sets the resources; a change to a stored session bumps the sequence (a new one starts at 0). */
    public void attach(List<ResourceLink> links) {
        if (links.size() > MAX_RESOURCES) {
            throw new RuleViolation("resources", "session.resources.tooMany", MAX_RESOURCES);
        }
        if (!resources.equals(links)) {
            resources.clear();
            resources.addAll(links);
            if (id != null) {
                sequence++;
            }
        }
    }

    /** Calls the session off: calendars then show it cancelled (STATUS:CANCELLED). */
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            sequence++;
        }
    }

    /** Shows a new self check-in code (chosen by the caller from a secure random source). */
    public void showCheckInCode(String code) {
        this.checkInCode = org.parcours.domain.Text.required(code, 12, "code");
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    /** The territories taking part. */
    public Set<Territory> participants() {
        return wholeCohort ? cohort.getTerritories() : Collections.unmodifiableSet(territories);
    }

    public boolean involves(Territory territory) {
        return participants().contains(territory);
    }

    public boolean isRunBy(Person person) {
        return facilitators.contains(person);
    }

    public SessionTiming timing() {
        return new SessionTiming(startsAt, endsAt);
    }

    public SessionPlan plan() {
        return new SessionPlan(title, kind, format, phase, venue, videoLink, agenda);
    }

    private void apply(SessionPlan plan) {
        this.title = plan.title();
        this.kind = plan.kind();
        this.format = plan.format();
        this.phase = plan.phase();
        this.venue = plan.venue();
        this.videoLink = plan.videoLink();
        this.agenda = plan.agenda();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUid() {
        return uid;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getTitle() {
        return title;
    }

    public SessionKind getKind() {
        return kind;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public String getPhase() {
        return phase;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public boolean isWholeCohort() {
        return wholeCohort;
    }

    public Set<Territory> getTerritories() {
        return Collections.unmodifiableSet(territories);
    }

    public Set<Person> getFacilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    public List<ResourceLink> getResources() {
        return Collections.unmodifiableList(resources);
    }

    public int getSequence() {
        return sequence;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    @Override
    public String toString() {
        return "Session[" + id + ", " + title + ", " + startsAt + "]";
    }
}
