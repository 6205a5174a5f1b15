package org.parcours.domain.visit;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/**
 * A learning visit hosted by a territory of a cohort for the others. It never has more people
 * registered than places: beyond them, people wait in order of arrival, and a cancellation gives the
 * freed place to the first one waiting.
 */
@Entity
@Table(name = "learning_visit")
public class LearningVisit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_id", updatable = false)
    private Territory host;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposed_by", updatable = false)
    private Person proposedBy;

    /** The schedule session the visit is held as, so that it shows in the calendars. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    private Session session;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 32)
    private Theme theme;

    @Column(name = "other_theme", length = VisitDetails.OTHER_THEME_MAX)
    private String otherTheme;

    @Column(name = "practice", nullable = false, length = VisitDetails.PRACTICE_MAX)
    private String practice;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "venue_name", nullable = false, length = VisitDetails.VENUE_NAME_MAX)
    private String venueName;

    @Column(name = "venue_address", nullable = false, length = VisitDetails.VENUE_ADDRESS_MAX)
    private String venueAddress;

    @Column(name = "programme", nullable = false, length = VisitDetails.PROGRAMME_MAX)
    private String programme;

    @Column(name = "places", nullable = false)
    private int places;

    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    /** The next order of arrival to hand out. */
    @Column(name = "next_arrival", nullable = false)
    private int nextArrival = 1;

    @OneToMany(mappedBy = "visit", cascade = CascadeType.ALL)
    private List<Registration> registrations = new ArrayList<>();

    protected LearningVisit() {
        // for JPA
    }

    /** A visit proposed for a territory of the cohort (by its team or a facilitator). */
    public LearningVisit(Cohort cohort, Territory host, Person proposedBy, VisitDetails details) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        if (host == null) {
            throw new RuleViolation("hostId", "field.required");
        }
        if (!cohort.follows(host)) {
            throw new RuleViolation("hostId", "visit.host.notInCohort", host.getName());
        }
        this.host = host;
        this.proposedBy = Objects.requireNonNull(proposedBy, "proposedBy");
        describe(details);
    }

    /** Changes what the visit offers; places never fall below the people already registered. */
    public final void describe(VisitDetails details) {
        long taken = registered().size();
        if (details.places() < taken) {
            throw new RuleViolation("places", "visit.places.belowRegistered", taken);
        }
        theme = details.theme();
        otherTheme = details.otherTheme();
        practice = details.practice();
        startsAt = details.timing().start();
        endsAt = details.timing().end();
        venueName = details.venueName();
        venueAddress = details.venueAddress();
        programme = details.programme();
        places = details.places();
        registrationDeadline = details.registrationDeadline();
    }

    public void holdAs(Session scheduleSession) {
        this.session = scheduleSession;
    }

    /**
     * Registers a member of another territory of the cohort, until the deadline: a place while there
     * is one, the waiting list otherwise. Registering twice is refused.
     */
    public Registration register(Member member, LocalDate today, Instant now) {
        Territory territory = member.getTerritory();
        if (territory.equals(host)) {
            throw new RuleViolation(null, "visit.register.host");
        }
        if (!cohort.follows(territory)) {
            throw new RuleViolation(null, "visit.register.notInCohort", territory.getName());
        }
        if (today.isAfter(registrationDeadline)) {
            throw new RuleViolation(null, "visit.register.closed");
        }
        Registration registration = find(member).orElse(null);
        if (registration != null && registration.isActive()) {
            throw new RuleViolation(null, "visit.register.twice", member.getFullName());
        }
        if (registration == null) {
            registration = new Registration(this, member);
            registrations.add(registration);
        }
        boolean full = registered().size() >= places;
        registration.enter(full ? RegistrationStatus.WAITING : RegistrationStatus.REGISTERED, nextArrival++, now);
        return registration;
    }

    /** Cancels a member's registration; a freed place goes to the first one waiting, who is returned. */
    public Optional<Registration> cancel(Member member, Instant now) {
        Registration registration = find(member).filter(Registration::isActive)
                .orElseThrow(() -> new RuleViolation(null, "visit.cancel.notRegistered"));
        boolean freesPlace = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel();
        if (!freesPlace || registered().size() >= places) {
            return Optional.empty();
        }
        Optional<Registration> first = waitingList().stream().findFirst();
        first.ifPresent(r -> r.promote(now));
        return first;
    }

    /** After the visit, a visitor who had a place says what they learnt and what they will try at home. */
    public void debrief(Member member, String learnt, String willTry, Instant now) {
        if (now.isBefore(endsAt)) {
            throw new RuleViolation(null, "visit.debrief.tooEarly");
        }
        Registration registration = find(member)
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .orElseThrow(() -> new RuleViolation(null, "visit.debrief.notVisitor"));
        registration.debrief(learnt, willTry, now);
    }

    public Optional<Registration> find(Member member) {
        return registrations.stream().filter(r -> r.getMember().equals(member)).findFirst();
    }

    /** The people with a place, in order of arrival. */
    public List<Registration> registered() {
        return withStatus(RegistrationStatus.REGISTERED);
    }

    /** The people waiting, first served first. */
    public List<Registration> waitingList() {
        return withStatus(RegistrationStatus.WAITING);
    }

    public int freePlaces() {
        return Math.max(0, places - registered().size());
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    public SessionTiming timing() {
        return new SessionTiming(startsAt, endsAt);
    }

    public VisitDetails details() {
        return new VisitDetails(theme, otherTheme, practice, timing(), venueName, venueAddress, programme, places,
                registrationDeadline);
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    private List<Registration> withStatus(RegistrationStatus status) {
        return registrations.stream().filter(r -> r.getStatus() == status)
                .sorted(Comparator.comparingInt(Registration::getArrival)).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Territory getHost() {
        return host;
    }

    public Person getProposedBy() {
        return proposedBy;
    }

    public Session getSession() {
        return session;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getOtherTheme() {
        return otherTheme;
    }

    public String getPractice() {
        return practice;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getProgramme() {
        return programme;
    }

    public int getPlaces() {
        return places;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public List<Registration> getRegistrations() {
        return java.util.Collections.unmodifiableList(registrations);
    }

    @Override
    public String toString() {
        return "LearningVisit[" + id + ", " + practice + "]";
    }
}
