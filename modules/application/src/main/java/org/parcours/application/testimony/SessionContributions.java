package org.parcours.application.testimony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
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
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.testimony.PlayRole;
import org.parcours.domain.testimony.SessionSpeakers;
import org.parcours.domain.testimony.Speaker;
import org.parcours.domain.testimony.SpeakersRepository;
import org.parcours.domain.testimony.Takeaway;

/** The speakers of testimonies and practical situations, and the takeaways participants leave after them. */
@ApplicationScoped
@Transactional
public class SessionContributions {

    static final int MAX_SESSIONS = 500;
    static final int MAX_TAKEAWAYS = 500;

    @Inject
    SpeakersRepository speakers;
    @Inject
    SessionRepository sessions;
    @Inject
    CohortRepository cohorts;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;

    /** Testimonies and practical situations of a cohort. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Session> speakingSessions(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RuleViolation(null, "cohort.unknown", cohortId));
        rights.requireReader(cohort, "testimony.list");
        return speakers.speakingSessions(List.of(cohortId), Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"),
                MAX_SESSIONS);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Session session(long sessionId) {
        Session session = sessions.findWithDetails(sessionId)
                .filter(s -> SessionSpeakers.carriesSpeakers(s.getKind()))
                .orElseThrow(() -> new RuleViolation(null, "session.unknown", sessionId));
        rights.requireReader(session.getCohort(), "testimony.read");
        return session;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SessionSpeakers> speakersOf(long sessionId) {
        session(sessionId);
        Optional<SessionSpeakers> found = speakers.ofSession(sessionId);
        found.ifPresent(s -> {
            s.getSpeakers().size();
            s.getRoles().size();
        });
        return found;
    }

    public SessionSpeakers describe(long sessionId, @NotNull SpeakersForm form) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "testimony.describe");
        SessionSpeakers current = speakers.ofSession(sessionId).orElseGet(() -> {
            SessionSpeakers created = new SessionSpeakers(session);
            speakers.add(created);
            return created;
        });
        List<Speaker> list = new ArrayList<>();
        for (int i = 0; i < form.getSpeakers().size(); i++) {
            SpeakerRow row = form.getSpeakers().get(i);
            if (blank(row.getName()) && blank(row.getOrganisation()) && blank(row.getRole())) {
                continue;
            }
            list.add(Speaker.of(row.getKind(), row.getName(), row.getOrganisation(), row.getRole(), "speakers." + i));
        }
        List<PlayRole> roles = new ArrayList<>();
        if (form.getRoles() != null) {
            for (String line : form.getRoles().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                roles.add(colon < 0 ? PlayRole.of(line, null, "roles")
                        : PlayRole.of(line.substring(0, colon), line.substring(colon + 1), "roles"));
            }
        }
        current.describe(list, form.getScenario(), roles);
        speakers.flush();
        return current;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Takeaway> takeaways(long sessionId) {
        session(sessionId);
        return speakers.takeaways(sessionId, MAX_TAKEAWAYS);
    }

    /** Whether the caller took part: a member of a participating territory or one of its facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayLeaveTakeaway(Session session) {
        if (access.person().map(session::isRunBy).orElse(false)) {
            return true;
        }
        List<Long> mine = access.territoryIds();
        return access.holds(Role.TERRITORY)
                && session.participants().stream().map(Territory::getId).anyMatch(mine::contains);
    }

    public Takeaway leaveTakeaway(long sessionId, String text) {
        Session session = session(sessionId);
        if (!mayLeaveTakeaway(session)) {
            throw new AccessDenied("testimony.takeaway");
        }
        Person me = access.person().orElseThrow(() -> new AccessDenied("testimony.takeaway"));
        Optional<Takeaway> existing = speakers.takeaway(sessionId, me.getId());
        Takeaway takeaway;
        if (existing.isPresent()) {
            takeaway = existing.get();
            takeaway.rewrite(text, Instant.now());
        } else {
            takeaway = new Takeaway(session, me, text, Instant.now());
            speakers.add(takeaway);
        }
        speakers.flush();
        return takeaway;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
