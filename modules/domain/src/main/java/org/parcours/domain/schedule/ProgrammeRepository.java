package org.parcours.domain.schedule;

import java.util.List;
import java.util.Optional;

/** Where programme templates are kept. */
public interface ProgrammeRepository {

    /** The programme with its phases and session templates loaded. */
    Optional<Programme> find(long id);

    Optional<Programme> findByName(String name);

    List<Programme> list(int max);

    void add(Programme programme);
}
