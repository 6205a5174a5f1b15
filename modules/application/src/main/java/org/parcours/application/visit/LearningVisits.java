package org.parcours.application.visit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.schedule.Venue;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Registration;
import org.parcours.domain.visit.VisitDetails;
import org.parcours.domain.visit.VisitOverview;
import org.parcours.domain.visit.VisitRepository;

/**
 * Learning visits: a territory's team (or a facilitator of the cohort) proposes one; members of the
 * other territories register, or wait when it is full; a cancellation promotes the first one waiting,
 * who is told by email; visitors debrief afterwards.
 */
@ApplicationScoped
@Transactional
public class LearningVisits {

    static final int MAX_VISITS = 500;

    @Inject
    VisitRepository visits;
    @Inject
    CohortRepository cohorts;
    @Inject
    SessionRepository sessions;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;
    @Inject
    Event<PlacePromoted> promotions;

    public LearningVisit propose(long cohortId, @NotNull @Valid VisitForm form) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        Territory host = cohort.getTerritories().stream()
                .filter(t -> form.getHostId() != null && t.getId().equals(form.getHostId())).findFirst()
                .orElseThrow(() -> new RuleViolation("hostId", "visit.host.notInCohort", form.getHostId()));
        requireHostOrManager(cohort, host, "visit.propose");
        Person proposer = access.person().orElseThrow(() -> new AccessDenied("visit.propose"));
        LearningVisit visit = new LearningVisit(cohort, host, proposer, details(form));
        // Held as a session of the schedule, so that the visit shows in everyone's calendar.
        Session session = new Session(cohort, new SessionPlan("Visite apprenante · " + visit.getPractice(),
                SessionKind.LEARNING_VISIT, SessionFormat.IN_PERSON, null,
                Venue.of(visit.getVenueName(), visit.getVenueAddress(), visit.getPlaces()), null,
                visit.getProgramme()), visit.timing());
        session.involve(true, List.of(), cohort.getFacilitators());
        sessions.add(session);
        visit.holdAs(session);
        visits.add(visit);
        visits.flush();
        return visit;
    }

    public LearningVisit revise(long visitId, @NotNull @Valid VisitForm form) {
        LearningVisit visit = visits.lockWithRegistrations(visitId).orElseThrow(() -> unknown(visitId));
        requireHostOrManager(visit.getCohort(), visit.getHost(), "visit.revise");
        visit.checkUnchangedSince(form.getVersion());
        visit.describe(details(form));
        if (visit.getSession() != null) {
            visit.getSession().moveTo(visit.timing());
        }
        visits.flush();
        return visit;
    }

    /**
     * Registers a member for a visit: the caller themself ({@code memberId} null), or anyone of the
     * cohort's teams when the caller is one of its facilitators. The visit's row is locked first, so
     * that concurrent registrations count the places one after the other.
     */
    public Registration register(long visitId, Long memberId) {
        LearningVisit visit = visits.lockWithRegistrations(visitId).orElseThrow(() -> unknown(visitId));
        rights.requireReader(visit.getCohort(), "visit.register");
        Member member = concerned(visit, memberId, "visit.register");
        Registration registration = visit.register(member, LocalDate.now(ParisTime.ZONE), Instant.now());
        visits.flush();
        return registration;
    }

    /** Cancels a registration; the first one waiting gets the place and an email (after commit). */
    public Optional<Registration> cancel(long visitId, Long memberId) {
        LearningVisit visit = visits.lockWithRegistrations(visitId).orElseThrow(() -> unknown(visitId));
        rights.requireReader(visit.getCohort(), "visit.cancel");
        Member member = concerned(visit, memberId, "visit.cancel");
        Optional<Registration> promoted = visit.cancel(member, Instant.now());
        visits.flush();
        promoted.ifPresent(r -> promotions.fire(new PlacePromoted(r.getMember().getEmail(), visit.getPractice(),
                visit.getHost().getName(), visit.getStartsAt())));
        return promoted;
    }

    /** A visitor's debrief, once the visit is over. */
    public LearningVisit debrief(long visitId, String learnt, String willTry) {
        LearningVisit visit = visits.lockWithRegistrations(visitId).orElseThrow(() -> unknown(visitId));
        Member me = own(visit).orElseThrow(() -> new AccessDenied("visit.debrief"));
        visit.debrief(me, learnt, willTry, Instant.now());
        visits.flush();
        return visit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LearningVisit> find(long visitId) {
        Optional<LearningVisit> visit = visits.find(visitId);
        visit.ifPresent(v -> rights.requireReader(v.getCohort(), "visit.read"));
        return visit;
    }

    /** Who reads the debriefs: the host's team and the cohort's facilitators (each visitor reads their own). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayReadDebriefs(LearningVisit visit) {
        return rights.mayManage(visit.getCohort()) || access.belongsTo(visit.getHost().getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRevise(LearningVisit visit) {
        return rights.mayManage(visit.getCohort()) || access.belongsTo(visit.getHost().getId());
    }

    /** The caller's own registration (as a member of a visiting team), if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Registration> mine(LearningVisit visit) {
        return own(visit).flatMap(visit::find).filter(Registration::isActive);
    }

    /** Whether the caller could register themself (a member of another territory of the cohort). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRegisterSelf(LearningVisit visit) {
        return own(visit).isPresent();
    }

    /** The cohort's visits by date, from a month ago on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LearningVisit> ofCohort(long cohortId, boolean past) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        rights.requireReader(cohort, "visit.list");
        Instant from = past ? Instant.EPOCH : Instant.now().minusSeconds(31L * 24 * 3600);
        return visits.ofCohort(cohortId, from, MAX_VISITS);
    }

    /** Who hosted, who visited whom, hosts to suggest by theme, and what the caller may do there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortVisits overview(long cohortId) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        rights.requireReader(cohort, "visit.overview");
        List<LearningVisit> all = visits.ofCohort(cohortId, Instant.EPOCH, MAX_VISITS);
        Long callerTerritory = cohort.getTerritories().stream().map(Territory::getId).filter(access::belongsTo)
                .findFirst().orElse(null);
        boolean mayPropose = rights.mayManage(cohort) || access.holds(Role.TERRITORY) && callerTerritory != null;
        return new CohortVisits(cohort.getName(),
                new VisitOverview(List.copyOf(cohort.getTerritories()), all), callerTerritory, mayPropose);
    }

    /** The learnings of a month's visits of the cohort, for the monthly logbook (its facilitators draft it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VisitLearning> learningsOf(long cohortId, YearMonth month) {
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        rights.requireManager(cohort, "visit.learnings");
        Instant from = ParisTime.at(month.atDay(1), LocalTime.MIDNIGHT);
        Instant to = ParisTime.at(month.plusMonths(1).atDay(1), LocalTime.MIDNIGHT);
        return visits.debriefsOfCohort(cohortId, from, to, 2000).stream()
                .map(r -> new VisitLearning(r.getVisit().getId(), r.getVisit().getPractice(),
                        r.getVisit().getHost().getName(), r.getVisit().getStartsAt(), r.getMember().getFullName(),
                        r.getTerritory().getName(), r.getLearnt(), r.getWillTry()))
                .toList();
    }

    private Member concerned(LearningVisit visit, Long memberId, String what) {
        if (memberId == null) {
            return own(visit).orElseThrow(() -> new AccessDenied(what));
        }
        Optional<Member> mine = own(visit).filter(m -> m.getId().equals(memberId));
        if (mine.isPresent()) {
            return mine.get();
        }
        if (!rights.mayManage(visit.getCohort())) {
            throw new AccessDenied(what);
        }
        return visit.getCohort().getTerritories().stream().flatMap(t -> t.getMembers().stream())
                .filter(m -> m.getId().equals(memberId)).findFirst()
                .orElseThrow(() -> new RuleViolation("memberId", "visit.member.unknown", memberId));
    }

    /** The caller as a member of a visiting team of the cohort (not the host's). */
    private Optional<Member> own(LearningVisit visit) {
        if (!access.holds(Role.TERRITORY)) {
            return Optional.empty();
        }
        return access.person().flatMap(p -> visit.getCohort().getTerritories().stream()
                .filter(t -> !t.equals(visit.getHost()))
                .sorted(java.util.Comparator.comparing(Territory::getName))
                .flatMap(t -> t.getMembers().stream())
                .filter(m -> m.getEmail().equals(p.getEmail())).findFirst());
    }

    private void requireHostOrManager(Cohort cohort, Territory host, String what) {
        boolean hostTeam = access.holds(Role.TERRITORY) && access.belongsTo(host.getId());
        if (!hostTeam && !rights.mayManage(cohort)) {
            throw new AccessDenied(what);
        }
    }

    private static VisitDetails details(VisitForm form) {
        SessionTiming timing = new SessionTiming(ParisTime.at(form.getDay(), form.getStart()),
                ParisTime.at(form.getDay(), form.getEnd()));
        return new VisitDetails(form.getTheme(), form.getOtherTheme(), form.getPractice(), timing, form.getVenueName(),
                form.getVenueAddress(), form.getProgramme(), form.getPlaces(), form.getRegistrationDeadline());
    }

    private static RuleViolation unknown(long visitId) {
        return new RuleViolation(null, "visit.unknown", visitId);
    }
}
