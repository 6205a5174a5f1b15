package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.attendance.Attendance;
import org.parcours.domain.attendance.AttendanceRepository;
import org.parcours.domain.territory.Member;

/** Attendance lines in MariaDB, one query per sheet (members and territories fetched with them). */
@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    /** A sheet is one session's teams: bounded by the teams of a cohort, a few hundred people at most. */
    private static final int SHEET_MAX = 2000;

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public List<Attendance> ofSession(long sessionId) {
        return em.createQuery("select a from Attendance a join fetch a.member m join fetch m.territory "
                        + "where a.session.id = :session", Attendance.class)
                .setParameter("session", sessionId)
                .setMaxResults(SHEET_MAX)
                .getResultList();
    }

    @Override
    public Optional<Attendance> find(long sessionId, long memberId) {
        return em.createQuery("select a from Attendance a where a.session.id = :session and a.member.id = :member",
                        Attendance.class)
                .setParameter("session", sessionId)
                .setParameter("member", memberId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Member> membersOf(Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Member m join fetch m.territory t where t.id in :ids "
                        + "order by t.name, m.fullName", Member.class)
                .setParameter("ids", territoryIds)
                .setMaxResults(SHEET_MAX)
                .getResultList();
    }

    @Override
    public long countMembersOf(Collection<Long> territoryIds) {
        if (territoryIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(m) from Member m where m.territory.id in :ids", Long.class)
                .setParameter("ids", territoryIds)
                .getSingleResult();
    }

    @Override
    public void add(Attendance attendance) {
        em.persist(attendance);
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "attendance.concurrent", "");
    }
}
