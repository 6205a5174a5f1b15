package org.parcours.application.codev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevRepository;
import org.parcours.domain.codev.CoDevSession;

/**
 * Reads a co-development session's page in one transaction: the session with its group, members and
 * their territories in one statement, the contributions whose authors are then the members already
 * read, the reader's rights decided on that same group. Asking the summary, the content, the previous
 * session and the rights one by one read the group again for each and cost fifty-odd statements.
 */
@ApplicationScoped
@Transactional
public class SessionPageReading {

    @Inject
    CoDevRepository codev;
    @Inject
    CoDevAccess rights;

    /** The page for the caller; refused unless they read the cohort; unknown session: a rule violation. */
    public SessionPage read(long sessionId) {
        CoDevSession session = codev.findSession(sessionId)
                .orElseThrow(() -> new RuleViolation(null, "codev.session.unknown", sessionId));
        CoDevGroup group = session.getGroup();
        rights.requireSummaryReader(group, "codev.session.read");
        SessionSummary summary = SessionSummary.of(session);
        if (!rights.mayReadContent(group)) {
            return SessionPage.summaryOnly(summary);
        }
        CoDevelopment.touch(session);
        CoDevSession previous = CoDevelopment.previousIn(
                codev.sessionsOfGroup(group.getId(), CoDevelopment.MAX_SESSIONS), session).orElse(null);
        return new SessionPage(summary, session, previous, rights.mayManage(group.getCohort()),
                rights.memberIn(group).orElse(null));
    }
}
