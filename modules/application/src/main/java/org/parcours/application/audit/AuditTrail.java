package org.parcours.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.parcours.application.access.Access;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.audit.AuditEvent;
import org.parcours.domain.audit.AuditRepository;
import org.parcours.domain.audit.AuditSearch;
import org.parcours.domain.person.Role;

/** Who did what, when: written by the use cases and the sign-in, read by admins only. */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    AuditRepository events;

    @Inject
    Access access;

    private final Clock clock = Clock.systemUTC();

    /** Records a change made by the caller, in the transaction of the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(AuditAction action, String subject, String detail) {
        add(access.username(), action, subject, detail);
    }

    /**
     * Records what the platform did by itself (a scheduled job), in the transaction of the work.
     *
     * @param actor the job's name
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void system(String actor, AuditAction action, String subject, String detail) {
        add(actor, action, subject, detail);
    }

    /**
     * Records a security event in a transaction of its own, kept whatever happens to the request.
     *
     * @param actor who (the caller's username, or the name someone tried to sign in with)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void security(String actor, AuditAction action, String subject, String detail) {
        add(actor, action, subject, detail);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> search(AuditSearch search, int first, int max) {
        access.requireAny("audit.read", Role.ADMIN);
        return events.search(search, first, Math.min(max, 500));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditSearch search) {
        access.requireAny("audit.read", Role.ADMIN);
        return events.count(search);
    }

    private void add(String actor, AuditAction action, String subject, String detail) {
        AuditEvent event = new AuditEvent(Instant.now(clock), actor, action, subject, detail);
        events.add(event);
        // Also in the server log, for whoever collects logs centrally.
        LOG.info(() -> "audit " + event.getAction() + " by " + event.getActor() + " on " + event.getSubject());
    }
}
