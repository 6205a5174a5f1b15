package org.parcours.domain.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where people are kept. */
public interface PersonRepository {

    Optional<Person> find(long id);

    Optional<Person> findByUsername(String username);

    List<Person> findAll(Collection<Long> ids);

    /** Active people holding a role, by name, at most {@code max} of them. */
    List<Person> withRole(Role role, int max);

    /** People whose username, name or email contains the text (all when blank), by name, one page. */
    List<Person> search(String text, int first, int max);

    long count(String text);

    void add(Person person);

    /** Makes pending changes visible to the database now (optimistic locking surfaces here). */
    void flush();

    long count();
}
