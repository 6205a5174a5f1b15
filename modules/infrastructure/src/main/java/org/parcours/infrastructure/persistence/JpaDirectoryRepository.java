package org.parcours.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.directory.DirectoryRepository;
import org.parcours.domain.directory.DirectorySearch;

/**
 * The directory in MariaDB. A search only ever matches what its people chose to show: words look in
 * the expertise only where it is shown, the theme filter only where themes are shown, so that a hidden
 * field cannot be guessed from search results either. Territories come from the teams (by email).
 */
@ApplicationScoped
public class JpaDirectoryRepository implements DirectoryRepository {

    private static final int MAX_WORDS = 5;

    @PersistenceContext(unitName = "parcours")
    EntityManager em;

    @Override
    public Optional<DirectoryEntry> ofPerson(long personId) {
        return em.createQuery("select d from DirectoryEntry d join fetch d.person where d.person.id = :person",
                DirectoryEntry.class).setParameter("person", personId).getResultStream().findFirst();
    }

    @Override
    public List<DirectoryEntry> search(DirectorySearch search, int first, int max) {
        TypedQuery<DirectoryEntry> query = em.createQuery("select d from DirectoryEntry d join fetch d.person p"
                + where(search) + " order by p.displayName, p.id", DirectoryEntry.class);
        bind(query, search);
        query.setHint("eclipselink.batch", "d.themes");
        query.setHint("eclipselink.batch.type", "IN");
        return query.setFirstResult(Math.max(0, first)).setMaxResults(max).getResultList();
    }

    @Override
    public long count(DirectorySearch search) {
        TypedQuery<Long> query = em.createQuery("select count(d) from DirectoryEntry d join d.person p" + where(search),
                Long.class);
        bind(query, search);
        return query.getSingleResult();
    }

    private static List<String> words(DirectorySearch search) {
        List<String> words = new ArrayList<>();
        if (search.words() != null) {
            for (String word : search.words().strip().split("\\s+")) {
                if (!word.isEmpty() && words.size() < MAX_WORDS) {
                    words.add("%" + Persistence.escapeLike(word.toLowerCase(Locale.ROOT)) + "%");
                }
            }
        }
        return words;
    }

    private static String where(DirectorySearch search) {
        StringBuilder where = new StringBuilder(" where d.listed = true and p.active = true");
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (lower(p.displayName) like :w").append(i)
                    .append(" or (d.showExpertise = true and lower(d.expertise) like :w").append(i).append("))");
        }
        if (search.territoryId() != null) {
            where.append(" and exists (select m from Member m where m.email.value = p.email.value"
                    + " and m.territory.id = :territory)");
        }
        if (search.theme() != null) {
            where.append(" and d.showThemes = true and :theme member of d.themes");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, DirectorySearch search) {
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, words.get(i));
        }
        if (search.territoryId() != null) {
            query.setParameter("territory", search.territoryId());
        }
        if (search.theme() != null) {
            query.setParameter("theme", search.theme());
        }
    }

    @Override
    public Map<String, List<String>> territoriesOf(Collection<String> emails) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        if (emails.isEmpty()) {
            return names;
        }
        List<Object[]> rows = em.createQuery("select m.email.value, t.name from Member m join m.territory t"
                + " where m.email.value in :emails order by t.name", Object[].class)
                .setParameter("emails", emails).getResultList();
        for (Object[] row : rows) {
            names.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return names;
    }

    @Override
    public void add(DirectoryEntry entry) {
        em.persist(entry);
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }

    @Override
    public void flush() {
        Persistence.flushOrExplain(em, null, "edit.stale", "");
    }
}
