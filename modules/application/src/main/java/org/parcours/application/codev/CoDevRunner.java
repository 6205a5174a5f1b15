package org.parcours.application.codev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.codev.CoDevRepository;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.codev.CoDevStep;
import org.parcours.domain.codev.StepDurations;
import org.parcours.domain.territory.Member;

/**
 * Running a session, for its animateur (a facilitator of the cohort): the steps in their order and
 * what is captured at each. The order and the content live here, on the server; the page's timer only
 * shows the time left. A participant may also write their own learning note at step 6 or after.
 */
@ApplicationScoped
@Transactional
public class CoDevRunner {

    @Inject
    CoDevelopment codevelopment;
    @Inject
    CoDevRepository codev;
    @Inject
    CoDevAccess rights;

    public CoDevSession adjustDurations(long sessionId, @NotNull Map<CoDevStep, Integer> minutes) {
        CoDevSession session = managed(sessionId, "codev.durations");
        session.adjustDurations(StepDurations.of(minutes));
        codev.flush();
        return session;
    }

    public CoDevSession start(long sessionId, @NotNull List<Long> presentMemberIds) {
        CoDevSession session = managed(sessionId, "codev.start");
        List<Member> present = presentMemberIds.stream().distinct()
                .map(id -> CoDevelopment.member(session.getGroup(), id, "participants")).toList();
        session.start(present, Instant.now());
        codev.flush();
        return session;
    }

    /** Moves to the next step; refused when the page was showing another step than the current one. */
    public CoDevSession advance(long sessionId, CoDevStep shownStep) {
        CoDevSession session = managed(sessionId, "codev.advance");
        if (session.getCurrentStep() != shownStep) {
            throw new org.parcours.domain.StaleEditException();
        }
        session.advance(Instant.now());
        codev.flush();
        return session;
    }

    public CoDevSession agreeContract(long sessionId, String request, String contract) {
        CoDevSession session = managed(sessionId, "codev.contract");
        session.agreeContract(request, contract);
        codev.flush();
        return session;
    }

    public CoDevSession suggest(long sessionId, Long consultantId, String text) {
        CoDevSession session = managed(sessionId, "codev.suggest");
        session.suggest(consultantId == null ? null
                : CoDevelopment.member(session.getGroup(), consultantId, "consultantId"), text);
        codev.flush();
        return session;
    }

    public CoDevSession planAction(long sessionId, String plan, String commitment, LocalDate due) {
        CoDevSession session = managed(sessionId, "codev.actionPlan");
        session.planAction(plan, commitment, due);
        codev.flush();
        return session;
    }

    /**
     * A learning note: the animateur captures anyone's; a participant writes their own. Only shareable
     * notes may later reach the monthly logbook.
     */
    public CoDevSession noteLearning(long sessionId, Long participantId, String text, boolean shareable) {
        CoDevSession session = codevelopment.session(sessionId);
        Member author;
        if (rights.mayManage(session.getGroup().getCohort())) {
            author = participantId == null ? null
                    : CoDevelopment.member(session.getGroup(), participantId, "participantId");
        } else {
            author = rights.memberIn(session.getGroup()).orElseThrow(() -> new AccessDenied("codev.learning"));
        }
        session.noteLearning(author, text, shareable);
        codev.flush();
        return session;
    }

    private CoDevSession managed(long sessionId, String what) {
        CoDevSession session = codevelopment.session(sessionId);
        rights.requireManager(session.getGroup().getCohort(), what);
        return session;
    }
}
