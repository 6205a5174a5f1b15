package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;

/** People in MariaDB. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Person> findByUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :username", Person.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids order by p.displayName", Person.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Person> withRole(Role role, int max) {
        return em.createQuery("select p from Person p join p.roles r where r = :role and p.active = true "
                        + "order by p.displayName", Person.class)
                .setParameter("role", role)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Person> search(String text, int first, int max) {
        TypedQuery<Person> query = em.createQuery("select p from Person p" + where(text)
                + " order by p.displayName, p.username", Person.class);
        bind(query, text);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Person p" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? ""
                : " where lower(p.username) like :text or lower(p.displayName) like :text"
                        + " or lower(p.email.value) like :text";
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + Persistence.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, "username", "person.username.duplicate", "");
    }

    @Override
    public void add(Person person) {
        em.persist(person);
        Persistence.flushOrExplain(em, "username", "person.username.duplicate", person.getUsername());
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Person p", Long.class).getSingleResult();
    }
}
