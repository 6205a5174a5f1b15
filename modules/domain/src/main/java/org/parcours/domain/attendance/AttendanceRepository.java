package org.parcours.domain.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.territory.Member;

/** Where attendance lines are kept. */
public interface AttendanceRepository {

    /** The lines of a session, with their members and territories. */
    List<Attendance> ofSession(long sessionId);

    Optional<Attendance> find(long sessionId, long memberId);

    /** The members expected at a session: the teams of these territories, by territory and name. */
    List<Member> membersOf(Collection<Long> territoryIds);

    /** How many members these territories have, for a venue's capacity. */
    long countMembersOf(Collection<Long> territoryIds);

    void add(Attendance attendance);

    void flush();
}
