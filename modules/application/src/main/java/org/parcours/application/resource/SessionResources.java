package org.parcours.application.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.resource.ResourceRepository;
import org.parcours.domain.resource.ResourceSearch;
import org.parcours.domain.resource.ResourceStatus;
import org.parcours.domain.resource.SessionResource;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;

/**
 * Resources of the centre attached to sessions: the cohort's managers attach and detach them; whoever
 * reads the cohort's schedule sees the approved ones on the session.
 */
@ApplicationScoped
@Transactional
public class SessionResources {

    /** How many resources the attach list offers (the most recent first). */
    public static final int CANDIDATES_MAX = 200;

    @Inject
    ResourceRepository resources;
    @Inject
    SessionRepository sessions;
    @Inject
    ScheduleAccess rights;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resource> of(long sessionId) {
        rights.requireReader(session(sessionId).getCohort(), "session.resources");
        return resources.ofSession(sessionId).stream().map(SessionResource::getResource)
                .filter(r -> r.getStatus() == ResourceStatus.APPROVED).toList();
    }

    /** The approved resources a manager may attach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Resource> candidates(long sessionId) {
        rights.requireManager(session(sessionId).getCohort(), "session.resources.attach");
        return resources.search(new ResourceSearch(null, null, null, null, null, null, false), 0, CANDIDATES_MAX);
    }

    public void attach(long sessionId, Long resourceId) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "session.resources.attach");
        if (resourceId == null) {
            throw new RuleViolation("resource", "field.required");
        }
        Resource resource = resources.find(resourceId)
                .orElseThrow(() -> new RuleViolation("resource", "resource.unknown", resourceId));
        if (resources.attachment(sessionId, resourceId).isPresent()) {
            throw new RuleViolation("resource", "resource.attach.already");
        }
        if (resources.ofSession(sessionId).size() >= SessionResource.MAX_PER_SESSION) {
            throw new RuleViolation("resource", "session.resources.tooMany", SessionResource.MAX_PER_SESSION);
        }
        resources.add(new SessionResource(session, resource, Instant.now()));
    }

    public void detach(long sessionId, long resourceId) {
        rights.requireManager(session(sessionId).getCohort(), "session.resources.attach");
        resources.attachment(sessionId, resourceId).ifPresent(resources::remove);
        resources.flush();
    }

    private Session session(long id) {
        return sessions.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "session.unknown", id));
    }
}
