package org.parcours.domain.territory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where territories are kept. Lists are always paged so that a page stays fast at national scale. */
public interface TerritoryRepository {

    Optional<Territory> find(long id);

    /** The territory with its team loaded, for a page that shows both. */
    Optional<Territory> findWithMembers(long id);

    Optional<Territory> findByName(String name);

    List<Territory> findAll(Collection<Long> ids);

    /** The territories whose team holds this email: how Parcours knows a person's territories. */
    List<Long> idsWithMember(EmailAddress email);

    /** Stores a new territory; a name already taken surfaces as a {@code RuleViolation}. */
    void add(Territory territory);

    List<Territory> search(TerritorySearch search, int first, int max);

    long count(TerritorySearch search);

    /** Makes pending changes visible to the database now, so that constraint violations surface here. */
    void flush();
}
