package org.parcours.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.attendance.AttendanceRepository;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Conflict;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.ProgrammeRepository;
import org.parcours.domain.schedule.ScheduleCheck;
import org.parcours.domain.schedule.ScheduleConflicts;
import org.parcours.domain.schedule.ScheduleGenerator;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * A cohort's schedule: generated from a programme, then edited session by session. Every save is
 * checked for conflicts: blocking ones refuse it, warnings refuse it until confirmed. A session that
 * moves or is cancelled is announced by email to its facilitators and the teams taking part.
 */
@ApplicationScoped
@Transactional
public class ScheduleManagement {

    /** A cohort's nine months hold a few dozen sessions; this bounds any one listing. */
    public static final int MAX_SESSIONS = 2000;
    static final int MAX_PAGE = 100;
    private static final int MAX_OVERLAPPING = 500;

    @Inject
    SessionRepository sessions;
    @Inject
    CohortRepository cohorts;
    @Inject
    ProgrammeRepository programmes;
    @Inject
    TerritoryRepository territories;
    @Inject
    PersonRepository people;
    @Inject
    AttendanceRepository attendance;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;
    @Inject
    Event<SessionChanged> changes;
    @Inject
    ProgrammeCatalogue catalogue;

    /** The programmes to choose from; the default one of the source document is made the first time. */
    public List<Programme> programmes() {
        return catalogue.list();
    }

    /** Generates the cohort's sessions from a programme; only into an empty schedule. */
    public List<Session> generate(long cohortId, long programmeId) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "schedule.generate");
        return fill(cohort, programmeId);
    }

    /** Generates the schedule of a cohort being opened (by an admin or a facilitator) in the same transaction. */
    public List<Session> generateForNewCohort(@NotNull Cohort cohort, long programmeId) {
        access.requireAny("schedule.generate", Role.ADMIN,
                Role.FACILITATOR);
        return fill(cohort, programmeId);
    }

    private List<Session> fill(Cohort cohort, long programmeId) {
        if (sessions.countOfCohort(cohort.getId()) > 0) {
            throw new RuleViolation("programme", "schedule.generate.notEmpty");
        }
        Programme programme = programmes.find(programmeId)
                .orElseThrow(() -> new RuleViolation("programme", "programme.unknown", programmeId));
        List<Session> generated = ScheduleGenerator.generate(programme, cohort, cohort.getFacilitators());
        generated.forEach(sessions::add);
        sessions.flush();
        return generated;
    }

    public Session create(long cohortId, @NotNull @Valid SessionForm form) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "session.create");
        Session session = new Session(cohort, SessionForms.plan(form), SessionForms.timing(form));
        involve(session, form);
        session.attach(SessionForms.resources(form));
        check(session, form.isConfirmWarnings());
        sessions.add(session);
        sessions.flush();
        return session;
    }

    public Session revise(long sessionId, @NotNull @Valid SessionForm form) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "session.revise");
        session.checkUnchangedSince(form.getVersion());
        Instant previous = session.getStartsAt();
        SessionTiming before = session.timing();
        session.replan(SessionForms.plan(form));
        session.moveTo(SessionForms.timing(form));
        involve(session, form);
        session.attach(SessionForms.resources(form));
        check(session, form.isConfirmWarnings());
        sessions.flush();
        if (!before.equals(session.timing())) {
            announce(session, previous);
        }
        return session;
    }

    /** Moves a session to start at another Paris time, keeping its length (dragged in the calendar). */
    public Session moveTo(long sessionId, @NotNull java.time.LocalDateTime newStart, boolean confirmWarnings) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "session.move");
        Instant previous = session.getStartsAt();
        session.moveTo(session.timing().movedTo(newStart.atZone(ParisTime.ZONE).toInstant()));
        check(session, confirmWarnings);
        sessions.flush();
        if (!previous.equals(session.getStartsAt())) {
            announce(session, previous);
        }
        return session;
    }

    public Session cancel(long sessionId) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "session.cancel");
        if (!session.isCancelled()) {
            session.cancel();
            sessions.flush();
            announce(session, session.getStartsAt());
        }
        return session;
    }

    /**
     * Imports sessions into a cohort, all or nothing: every row is checked first and any bad row
     * refuses the whole file with a report line by line.
     */
    public List<Session> importRows(long cohortId, @NotNull List<ImportRow> rows) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "schedule.import");
        List<ImportRefused.LineError> errors = new ArrayList<>();
        List<Session> ready = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                SessionForm form = SessionForms.fromRow(row);
                Session session = new Session(cohort, SessionForms.plan(form), SessionForms.timing(form));
                session.involve(true, List.of(), cohort.getFacilitators());
                List<Conflict> blocking = ScheduleCheck.of(session, List.of(), 0).stream().filter(Conflict::blocking).toList();
                if (!blocking.isEmpty()) {
                    throw new ScheduleConflicts(blocking);
                }
                ready.add(session);
            } catch (RuleViolation e) {
                errors.add(new ImportRefused.LineError(row.line(), SessionForms.column(e.field()), e.messageKey(),
                        List.of(e.arguments())));
            }
        }
        if (errors.isEmpty() && ready.isEmpty()) {
            throw new RuleViolation("file", "import.empty");
        }
        if (!errors.isEmpty()) {
            throw new ImportRefused(errors);
        }
        ready.forEach(sessions::add);
        sessions.flush();
        return ready;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Session> find(long sessionId) {
        Optional<Session> session = sessions.findWithDetails(sessionId);
        session.ifPresent(s -> rights.requireReader(s.getCohort(), "session.read"));
        return session;
    }

    /** How many sessions a cohort's path holds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOfCohort(long cohortId) {
        rights.requireReader(cohort(cohortId), "schedule.read");
        return sessions.countOfCohort(cohortId);
    }

    /** A page of a cohort's sessions in their order, for a list the database pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> pageOfCohort(long cohortId, int first, int max) {
        rights.requireReader(cohort(cohortId), "schedule.read");
        return sessions.pageOfCohort(cohortId, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)));
    }

    /** A cohort's sessions starting in [from, to). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> ofCohort(long cohortId, Instant from, Instant to) {
        return ofCohort(cohort(cohortId), from, to);
    }

    /** The same for a cohort the page has already read (the cohort dashboard): checked, not read again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> ofCohort(Cohort cohort, Instant from, Instant to) {
        rights.requireReader(cohort, "schedule.read");
        return sessions.ofCohort(cohort.getId(), from, to, MAX_SESSIONS);
    }

    /** A territory's sessions in [from, to): its team, staff and partners may read them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> ofTerritory(long territoryId, Instant from, Instant to) {
        if (!access.holdsAny(Role.ADMIN, Role.FACILITATOR,
                Role.PARTNER) && !access.belongsTo(territoryId)) {
            throw new AccessDenied("schedule.territory");
        }
        return sessions.ofTerritories(List.of(territoryId), from, to, MAX_SESSIONS);
    }

    /** The signed-in person's sessions: those they run and those of their territories. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> mine(Instant from, Instant to) {
        Optional<Person> me = access.person();
        if (me.isEmpty()) {
            return List.of();
        }
        Set<Session> found = new LinkedHashSet<>(sessions.runBy(me.get().getId(), from, to, MAX_SESSIONS));
        found.addAll(sessions.ofTerritories(access.territoryIds(), from, to, MAX_SESSIONS));
        return found.stream().sorted(Comparator.comparing(Session::getStartsAt)).toList();
    }

    private void involve(Session session, SessionForm form) {
        List<Territory> chosen = form.isWholeCohort() ? List.of() : territories.findAll(form.getTerritoryIds());
        List<Person> facilitators = people.findAll(form.getFacilitatorIds());
        if (facilitators.size() != form.getFacilitatorIds().stream().distinct().count()) {
            throw new RuleViolation("facilitators", "person.unknown", form.getFacilitatorIds());
        }
        session.involve(form.isWholeCohort(), chosen, facilitators);
    }

    private void check(Session session, boolean confirmWarnings) {
        List<Long> facilitatorIds = session.getFacilitators().stream().map(Person::getId).toList();
        List<Long> territoryIds = session.participants().stream().map(Territory::getId).toList();
        List<Session> others = sessions.overlapping(session.getStartsAt(), session.getEndsAt(), facilitatorIds,
                territoryIds, MAX_OVERLAPPING);
        int expected = (int) attendance.countMembersOf(territoryIds);
        List<Conflict> conflicts = ScheduleCheck.of(session, others, expected);
        boolean blocking = conflicts.stream().anyMatch(Conflict::blocking);
        if (blocking || (!conflicts.isEmpty() && !confirmWarnings)) {
            throw new ScheduleConflicts(conflicts);
        }
    }

    private void announce(Session session, Instant previousStart) {
        List<Long> territoryIds = session.participants().stream().map(Territory::getId).toList();
        Set<EmailAddress> recipients = new LinkedHashSet<>();
        session.getFacilitators().forEach(p -> recipients.add(p.getEmail()));
        attendance.membersOf(territoryIds).stream().map(Member::getEmail).forEach(recipients::add);
        changes.fire(new SessionChanged(session.getTitle(), previousStart, session.getStartsAt(), session.getEndsAt(),
                session.isCancelled(), List.copyOf(recipients)));
    }

    private Cohort cohort(long id) {
        return cohorts.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "cohort.unknown", id));
    }

    private Session session(long id) {
        return sessions.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "session.unknown", id));
    }
}
