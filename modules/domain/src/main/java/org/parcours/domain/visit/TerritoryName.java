package org.parcours.domain.visit;

import java.io.Serializable;
import org.parcours.domain.territory.Territory;

/** A territory as the visits overview shows it: its id and name, nothing that would keep the entity. */
public record TerritoryName(long id, String name) implements Serializable {

    // JavaBean getters: Faces EL 5 reads properties, not record components.
    public long getId() { return id; }
    public String getName() { return name; }

    public static TerritoryName of(Territory territory) {
        return new TerritoryName(territory.getId(), territory.getName());
    }
}
