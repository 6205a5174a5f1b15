package org.parcours.domain.codev;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.territory.EmailAddress;

/** Where co-development groups and their sessions are kept. Every list is bounded. */
public interface CoDevRepository {

    /** The group with its members (and their territories) and its cohort's facilitators loaded. */
    Optional<CoDevGroup> findGroup(long id);

    List<CoDevGroup> groupsOfCohort(long cohortId, int max);

    /** The groups one of whose members has this email (how a signed-in person finds their groups). */
    List<CoDevGroup> groupsWithMember(EmailAddress email, int max);

    /** The ids of the members already in a group of this cohort. */
    List<Long> groupedMemberIds(long cohortId);

    /** The group's sessions by date, with their schedule sessions. */
    List<CoDevSession> sessionsOfGroup(long groupId, int max);

    Optional<CoDevSession> findSession(long id);

    /** The co-development session held as this schedule session, if any. */
    Optional<CoDevSession> findBySchedule(long scheduleSessionId);

    /** Finished sessions whose client has this email and who made a commitment, latest first. */
    List<CoDevSession> commitmentsOfClient(EmailAddress email, int max);

    /**
     * The learnings their authors marked shareable, of the finished sessions of a cohort's groups held in
     * [from, to), in the order of the sessions and of the notes; at most {@code max}.
     */
    List<String> shareableLearnings(long cohortId, Instant from, Instant to, int max);

    void add(CoDevGroup group);

    void add(CoDevSession session);

    void flush();
}
