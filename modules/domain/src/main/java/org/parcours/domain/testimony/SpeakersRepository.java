package org.parcours.domain.testimony;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.schedule.Session;

/** Where speakers and takeaways of sessions are kept. */
public interface SpeakersRepository {

    Optional<SessionSpeakers> ofSession(long sessionId);

    List<Takeaway> takeaways(long sessionId, int max);

    Optional<Takeaway> takeaway(long sessionId, long personId);

    /** Testimonies and practical situations of these cohorts starting in [from, to), by start. */
    List<Session> speakingSessions(Collection<Long> cohortIds, Instant from, Instant to, int max);

    void add(SessionSpeakers speakers);

    void add(Takeaway takeaway);

    void flush();
}
