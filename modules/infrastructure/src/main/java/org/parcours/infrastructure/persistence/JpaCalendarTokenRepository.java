package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.parcours.domain.calendar.CalendarToken;
import org.parcours.domain.calendar.CalendarTokenRepository;
import org.parcours.domain.calendar.FeedOwner;

/** Calendar tokens (hashes only) in MariaDB. */
@ApplicationScoped
public class JpaCalendarTokenRepository implements CalendarTokenRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<CalendarToken> findByHash(String tokenHash) {
        return em.createQuery("select t from CalendarToken t where t.tokenHash = :hash", CalendarToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CalendarToken> of(FeedOwner kind, long ownerId) {
        return em.createQuery("select t from CalendarToken t where t.ownerKind = :kind and t.ownerId = :owner",
                        CalendarToken.class)
                .setParameter("kind", kind)
                .setParameter("owner", ownerId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(CalendarToken token) {
        em.persist(token);
        Persistence.flushOrExplain(em, null, "calendar.token.concurrent", "");
    }

    @Override
    public void remove(CalendarToken token) {
        em.remove(token);
        // The old token must be gone before a new one for the same owner is inserted.
        em.flush();
    }
}
