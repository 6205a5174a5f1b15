package org.parcours.application.codev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevRepository;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.codev.CommitmentOutcome;
import org.parcours.domain.codev.GroupMix;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.schedule.Venue;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.visit.VisitRepository;

/**
 * Co-development groups and their sessions outside the running of the steps (see {@link CoDevRunner}):
 * forming groups from the platform's proposal, planning sessions in the schedule, the client's subject,
 * pitches and votes, the commitment follow-up, and what may be read by whom.
 */
@ApplicationScoped
@Transactional
public class CoDevelopment {

    static final int MAX_GROUPS = 200;
    static final int MAX_SESSIONS = 100;

    @Inject
    CoDevRepository codev;
    @Inject
    CohortRepository cohorts;
    @Inject
    PersonRepository people;
    @Inject
    SessionRepository sessions;
    @Inject
    VisitRepository visits;
    @Inject
    CoDevAccess rights;
    @Inject
    Access access;

    /** The platform's proposal of groups for the cohort's members not yet in a group. */
    public List<List<Member>> propose(long cohortId, int size) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "codev.propose");
        Set<Long> grouped = new HashSet<>(codev.groupedMemberIds(cohortId));
        Set<Member> excluded = new HashSet<>();
        List<Territory> territories = List.copyOf(cohort.getTerritories());
        territories.forEach(t -> t.getMembers().stream().filter(m -> grouped.contains(m.getId())).forEach(excluded::add));
        return GroupMix.propose(territories, mainThemes(cohortId), excluded, size);
    }

    public CoDevGroup form(long cohortId, @NotNull @Valid GroupForm form) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "codev.form");
        List<Member> members = members(cohort, form.getMemberIds());
        refuseAlreadyGrouped(cohortId, members, null);
        CoDevGroup group = new CoDevGroup(cohort, form.getName(), form.getTheme(), animateur(form), members);
        codev.add(group);
        codev.flush();
        return group;
    }

    public CoDevGroup recompose(long groupId, @NotNull @Valid GroupForm form) {
        CoDevGroup group = group(groupId);
        rights.requireManager(group.getCohort(), "codev.recompose");
        group.checkUnchangedSince(form.getVersion());
        List<Member> members = members(group.getCohort(), form.getMemberIds());
        refuseAlreadyGrouped(group.getCohort().getId(), members, group);
        group.compose(form.getName(), form.getTheme(), animateur(form), members);
        codev.flush();
        return group;
    }

    /** Plans a session of the group, held as a co-development session of the cohort's schedule. */
    public CoDevSession plan(long groupId, @NotNull @Valid PlanForm form) {
        CoDevGroup group = group(groupId);
        rights.requireManager(group.getCohort(), "codev.plan");
        Instant start = ParisTime.at(form.getDay(), form.getStart());
        SessionTiming timing = new SessionTiming(start, start.plusSeconds(60L * form.getMinutes()));
        Venue venue = form.getFormat().needsVenue()
                ? Venue.of(form.getVenueName(), form.getVenueAddress(), CoDevGroup.MAX_MEMBERS + 1) : null;
        Session scheduled = new Session(group.getCohort(), new SessionPlan("Co-développement · " + group.getName(),
                SessionKind.CODEV_WORKSHOP, form.getFormat(), null, venue, form.getVideoLink(), null), timing);
        scheduled.involve(false, group.getMembers().stream().map(Member::getTerritory).distinct().toList(),
                List.of(group.getAnimateur()));
        sessions.add(scheduled);
        CoDevSession session = new CoDevSession(group, scheduled);
        if (form.getClientId() != null) {
            session.chooseClient(member(group, form.getClientId(), "clientId"), previousClients(group, null));
        }
        codev.add(session);
        codev.flush();
        return session;
    }

    public CoDevSession chooseClient(long sessionId, long memberId) {
        CoDevSession session = session(sessionId);
        rights.requireManager(session.getGroup().getCohort(), "codev.client");
        session.chooseClient(member(session.getGroup(), memberId, "clientId"), previousClients(session.getGroup(), session));
        codev.flush();
        return session;
    }

    /** The client (or the animateur for them) submits the subject: a real, current problem. */
    public CoDevSession submitSubject(long sessionId, String subject) {
        CoDevSession session = session(sessionId);
        boolean client = session.getClient() != null && rights.memberIn(session.getGroup())
                .filter(m -> m.equals(session.getClient())).isPresent();
        if (!client && !rights.mayManage(session.getGroup().getCohort())) {
            throw new AccessDenied("codev.subject");
        }
        session.submitSubject(subject, Instant.now());
        codev.flush();
        return session;
    }

    public CoDevSession pitch(long sessionId, String subject) {
        CoDevSession session = session(sessionId);
        Member me = rights.memberIn(session.getGroup()).orElseThrow(() -> new AccessDenied("codev.pitch"));
        session.pitch(me, subject);
        codev.flush();
        return session;
    }

    public CoDevSession vote(long sessionId, long authorId) {
        CoDevSession session = session(sessionId);
        Member me = rights.memberIn(session.getGroup()).orElseThrow(() -> new AccessDenied("codev.vote"));
        session.vote(me, member(session.getGroup(), authorId, "vote"));
        codev.flush();
        return session;
    }

    /** The previous client says what became of their commitment (they or the animateur, at the next session). */
    public CoDevSession reportCommitment(long sessionId, CommitmentOutcome outcome, String comment) {
        CoDevSession session = session(sessionId);
        boolean client = session.getClient() != null && rights.memberIn(session.getGroup())
                .filter(m -> m.equals(session.getClient())).isPresent();
        if (!client && !rights.mayManage(session.getGroup().getCohort())) {
            throw new AccessDenied("codev.commitment");
        }
        session.reportCommitment(outcome, comment, Instant.now());
        codev.flush();
        return session;
    }

    @Transactional
    public Optional<CoDevGroup> findGroup(long groupId) {
        Optional<CoDevGroup> group = codev.findGroup(groupId);
        group.ifPresent(g -> rights.requireSummaryReader(g, "codev.group.read"));
        return group;
    }

    /** The groups of a cohort, for those who read its schedule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoDevGroup> groupsOf(long cohortId) {
        Cohort cohort = cohort(cohortId);
        if (!rights.mayManage(cohort) && !rights.mayReadCohort(cohort)) {
            throw new AccessDenied("codev.groups.read");
        }
        return codev.groupsOfCohort(cohortId, MAX_GROUPS);
    }

    /** The groups the caller belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoDevGroup> myGroups() {
        return access.email().map(email -> codev.groupsWithMember(email, MAX_GROUPS)).orElse(List.of());
    }

    /** The sessions of a group as anyone reading the cohort may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionSummary> summaries(long groupId) {
        CoDevGroup group = group(groupId);
        rights.requireSummaryReader(group, "codev.group.read");
        return codev.sessionsOfGroup(groupId, MAX_SESSIONS).stream().map(SessionSummary::of).toList();
    }

    @Transactional
    public SessionSummary summary(long sessionId) {
        CoDevSession session = session(sessionId);
        rights.requireSummaryReader(session.getGroup(), "codev.session.read");
        return SessionSummary.of(session);
    }

    /** The full content of a session: its group and the cohort's facilitators only. */
    @Transactional
    public CoDevSession content(long sessionId) {
        CoDevSession session = session(sessionId);
        rights.requireContentReader(session.getGroup(), "codev.session.content");
        touch(session);
        return session;
    }

    /** The group's sessions with their content, for the rotation and the follow-up (group and facilitators). */
    @Transactional
    public List<CoDevSession> contents(long groupId) {
        CoDevGroup group = group(groupId);
        rights.requireContentReader(group, "codev.group.content");
        List<CoDevSession> list = codev.sessionsOfGroup(groupId, MAX_SESSIONS);
        list.forEach(CoDevelopment::touch);
        return list;
    }

    /**
     * The rotation of clients in the group: each member with how many times they were client and
     * whether their turn is still to come in the current cycle (group and facilitators).
     */
    public List<RotationLine> rotation(long groupId) {
        CoDevGroup group = group(groupId);
        rights.requireContentReader(group, "codev.group.content");
        List<Member> clients = previousClients(group, null);
        List<Member> awaiting = group.awaitingTheirTurn(clients);
        return group.sortedMembers().stream().map(m -> new RotationLine(m.getFullName(), m.getTerritory().getName(),
                clients.stream().filter(c -> c == m).count(), awaiting.contains(m))).toList();
    }

    /** The previous finished session of the same group, whose client reports at this one. */
    @Transactional
    public Optional<CoDevSession> previous(long sessionId) {
        CoDevSession session = content(sessionId);
        return previousIn(codev.sessionsOfGroup(session.getGroup().getId(), MAX_SESSIONS), session);
    }

    /** Among a group's sessions in their order, the last one before this one that ended with a commitment. */
    static Optional<CoDevSession> previousIn(List<CoDevSession> groupSessions, CoDevSession session) {
        CoDevSession before = null;
        for (CoDevSession s : groupSessions) {
            if (s.getId().equals(session.getId())) {
                break;
            }
            if (s.getCommitment() != null) {
                before = s;
            }
        }
        return Optional.ofNullable(before);
    }

    /** The caller's commitments as a client, latest first; those overdue are flagged by the page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CoDevSession> myCommitments() {
        return access.email().map(email -> codev.commitmentsOfClient(email, MAX_SESSIONS)).orElse(List.of());
    }

    /**
     * The learnings marked shareable in a month's sessions of the cohort, without their authors: what
     * may reach the monthly logbook (facilitators of the cohort draft it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> shareableLearnings(long cohortId, YearMonth month) {
        Cohort cohort = cohort(cohortId);
        rights.requireManager(cohort, "codev.learnings");
        Instant from = ParisTime.at(month.atDay(1), java.time.LocalTime.MIDNIGHT);
        Instant to = ParisTime.at(month.plusMonths(1).atDay(1), java.time.LocalTime.MIDNIGHT);
        // A thousand sessions' notes at most, as many as a month of any cohort holds.
        return codev.shareableLearnings(cohortId, from, to, MAX_SESSIONS * 100);
    }

    /** Whether a commitment's deadline passed without a report (today in Paris). */
    public static boolean overdue(CoDevSession session) {
        return session.isCommitmentOverdue(LocalDate.now(ParisTime.ZONE));
    }

    List<Member> previousClients(CoDevGroup group, CoDevSession except) {
        return codev.sessionsOfGroup(group.getId(), MAX_SESSIONS).stream()
                .filter(s -> except == null || !s.getId().equals(except.getId()))
                .map(CoDevSession::getClient).filter(java.util.Objects::nonNull).toList();
    }

    CoDevSession session(long id) {
        return codev.findSession(id).orElseThrow(() -> new RuleViolation(null, "codev.session.unknown", id));
    }

    private CoDevGroup group(long id) {
        return codev.findGroup(id).orElseThrow(() -> new RuleViolation(null, "codev.group.unknown", id));
    }

    private Cohort cohort(long id) {
        return cohorts.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "cohort.unknown", id));
    }

    /** Reads what the page shows of a session's content while the transaction is open. */
    static void touch(CoDevSession s) {
        s.getSuggestions().forEach(c -> c.getMember().getFullName());
        s.getLearnings().forEach(c -> c.getMember().getFullName());
        s.getPitches().forEach(c -> c.getMember().getFullName());
        s.getVotes().forEach(v -> v.getAuthor().getFullName());
        s.getParticipants().size();
    }

    static Member member(CoDevGroup group, long memberId, String field) {
        return group.getMembers().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new RuleViolation(field, "codev.member.notInGroup"));
    }

    private static List<Member> members(Cohort cohort, List<Long> ids) {
        Map<Long, Member> known = new HashMap<>();
        cohort.getTerritories().forEach(t -> t.getMembers().forEach(m -> known.put(m.getId(), m)));
        return ids.stream().distinct().map(id -> {
            Member member = known.get(id);
            if (member == null) {
                throw new RuleViolation("members", "codev.member.notInCohort", id, cohort.getName());
            }
            return member;
        }).toList();
    }

    private Person animateur(GroupForm form) {
        Long id = form.getAnimateurId();
        if (id == null) {
            return access.person().orElseThrow(() -> new RuleViolation("animateur", "field.required"));
        }
        return people.find(id).orElseThrow(() -> new RuleViolation("animateur", "person.unknown"));
    }

    private void refuseAlreadyGrouped(long cohortId, List<Member> members, CoDevGroup except) {
        Set<Long> elsewhere = new HashSet<>(codev.groupedMemberIds(cohortId));
        if (except != null) {
            except.getMembers().forEach(m -> elsewhere.remove(m.getId()));
        }
        for (Member member : members) {
            if (elsewhere.contains(member.getId())) {
                throw new RuleViolation("members", "codev.member.alreadyGrouped", member.getFullName());
            }
        }
    }

    /** Each territory's main theme: the one it hosted most visits on (a hint for mixing groups). */
    private Map<Territory, Theme> mainThemes(long cohortId) {
        Map<Territory, Map<Theme, Integer>> counts = new HashMap<>();
        visits.ofCohort(cohortId, Instant.EPOCH, 500).forEach(v ->
                counts.computeIfAbsent(v.getHost(), t -> new HashMap<>()).merge(v.getTheme(), 1, Integer::sum));
        Map<Territory, Theme> main = new HashMap<>();
        counts.forEach((t, byTheme) -> byTheme.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(e -> main.put(t, e.getKey())));
        return main;
    }
}
