package org.parcours.domain.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where directory entries are kept. Searches return listed entries of active people only, paged. */
public interface DirectoryRepository {

    Optional<DirectoryEntry> ofPerson(long personId);

    List<DirectoryEntry> search(DirectorySearch search, int first, int max);

    long count(DirectorySearch search);

    /** The names of the territories whose team each email belongs to, for one page of entries. */
    Map<String, List<String>> territoriesOf(Collection<String> emails);

    void add(DirectoryEntry entry);

    void flush();
}
