package org.parcours.application.codev;

import java.io.Serializable;
import java.time.Instant;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.codev.SessionStatus;

/** What anyone reading the cohort may know of a co-development session: that it took place, when, how many. */
public record SessionSummary(long id, long groupId, String groupName, Instant startsAt, Instant endsAt,
        SessionStatus status, int participants) implements Serializable {

    static SessionSummary of(CoDevSession s) {
        return new SessionSummary(s.getId(), s.getGroup().getId(), s.getGroup().getName(), s.getSession().getStartsAt(),
                s.getSession().getEndsAt(), s.getStatus(), s.getParticipants().size());
    }

    // JavaBean getters: Expression Language 5 does not read record components.
    public long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getGroupName() {
        return groupName;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getParticipants() {
        return participants;
    }

    public boolean isTookPlace() {
        return status == SessionStatus.FINISHED;
    }
}
