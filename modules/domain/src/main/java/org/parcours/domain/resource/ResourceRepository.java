package org.parcours.domain.resource;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the resources of the centre, the readers' marks and the sessions' resources are kept. */
public interface ResourceRepository {

    Optional<Resource> find(long id);

    /** One page of the resources matching the search, most recent year first. */
    List<Resource> search(ResourceSearch search, int offset, int max);

    long count(ResourceSearch search);

    /** Suggestions waiting for a facilitator, oldest first. */
    List<Resource> suggestions(int max);

    void add(Resource resource);

    Optional<ResourceMark> mark(long resourceId, long personId);

    void add(ResourceMark mark);

    /** The person's marks on these resources. */
    List<ResourceMark> marksOf(long personId, Collection<Long> resourceIds);

    /** Read and useful counts of these resources (absent: no mark). */
    Map<Long, MarkCounts> counts(Collection<Long> resourceIds);

    /** Distinct resources read by the members of each territory with marks read in [from, to). */
    List<ReadCount> readPerTerritory(Instant from, Instant to);

    List<SessionResource> ofSession(long sessionId);

    Optional<SessionResource> attachment(long sessionId, long resourceId);

    void add(SessionResource attachment);

    void remove(SessionResource attachment);

    void flush();

    /** Approved resources added to the centre in [from, to), oldest first: the logbook's new resources. */
    List<Resource> approvedAddedIn(Instant from, Instant to, int max);
}
