package org.parcours.domain.work;

import java.util.List;
import java.util.Optional;

/** Where assignments and submissions are kept. */
public interface WorkRepository {

    Optional<Assignment> assignmentOf(long sessionId);

    Optional<Assignment> findAssignment(long id);

    /** The submissions of an assignment, with their territories. */
    List<Submission> submissionsOf(long assignmentId);

    Optional<Submission> submission(long assignmentId, long territoryId);

    Optional<Submission> findSubmission(long id);

    void add(Assignment assignment);

    void add(Submission submission);

    void flush();
}
