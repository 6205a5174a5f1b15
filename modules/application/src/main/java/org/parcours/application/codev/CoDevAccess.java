package org.parcours.application.codev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Member;

/**
 * Who may do what with co-development. What is said stays in the group: the content is read only by
 * the group's members and the facilitators of its cohort (not by partners, other territories, nor
 * platform admins); the rest of the cohort's readers learn that a session took place, when, and how
 * many took part.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CoDevAccess {

    @Inject
    Access access;

    @Inject
    ScheduleAccess schedule;

    /** A facilitator of the group's cohort: forms the group, plans and runs its sessions. */
    public boolean mayManage(Cohort cohort) {
        String username = access.username();
        return access.holds(Role.FACILITATOR)
                && cohort.getFacilitators().stream().anyMatch(p -> p.getUsername().equals(username));
    }

    public boolean isMember(CoDevGroup group) {
        return access.email().map(group::hasMemberWithEmail).orElse(false);
    }

    /** The caller as one of the group's members, when they are one. */
    public Optional<Member> memberIn(CoDevGroup group) {
        return access.email().flatMap(email -> group.getMembers().stream().filter(m -> m.getEmail().equals(email)).findFirst());
    }

    public boolean mayReadContent(CoDevGroup group) {
        return mayManage(group.getCohort()) || isMember(group);
    }

    /** Anyone who reads the cohort's schedule sees that the group's sessions took place. */
    public boolean mayReadSummary(CoDevGroup group) {
        return mayReadContent(group) || schedule.mayRead(group.getCohort());
    }

    /** Reads the cohort's schedule (staff, partners, its territories' members). */
    public boolean mayReadCohort(Cohort cohort) {
        return schedule.mayRead(cohort);
    }

    public void requireManager(Cohort cohort, String what) {
        if (!mayManage(cohort)) {
            throw new AccessDenied(what);
        }
    }

    public void requireContentReader(CoDevGroup group, String what) {
        if (!mayReadContent(group)) {
            throw new AccessDenied(what);
        }
    }

    public void requireSummaryReader(CoDevGroup group, String what) {
        if (!mayReadSummary(group)) {
            throw new AccessDenied(what);
        }
    }
}
