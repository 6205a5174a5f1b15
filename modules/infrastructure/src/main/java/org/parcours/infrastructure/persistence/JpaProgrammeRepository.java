package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.ProgrammeRepository;

/** Programme templates in MariaDB. */
@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Programme> find(long id) {
        Optional<Programme> programme = Optional.ofNullable(em.find(Programme.class, id));
        programme.ifPresent(p -> {
            p.getPhases().size();
            p.getSessions().size();
        });
        return programme;
    }

    @Override
    public Optional<Programme> findByName(String name) {
        return em.createQuery("select p from Programme p where p.name = :name", Programme.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Programme> list(int max) {
        return em.createQuery("select p from Programme p order by p.name", Programme.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public void add(Programme programme) {
        em.persist(programme);
        Persistence.flushOrExplain(em, "name", "programme.name.duplicate", programme.getName());
    }
}
