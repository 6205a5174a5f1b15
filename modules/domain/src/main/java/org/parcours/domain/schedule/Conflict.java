package org.parcours.domain.schedule;

import java.io.Serializable;
import java.util.List;

/**
 * A problem found in a session before it is saved. A blocking conflict refuses the save; the others
 * are warnings the facilitator may confirm.
 *
 * @param field      the form field it concerns
 * @param messageKey translated by the user interface
 */
public record Conflict(Kind kind, String field, String messageKey, List<Object> arguments) implements Serializable {

    public enum Kind {
        FACILITATOR_BUSY(false),
        TERRITORY_BUSY(false),
        VENUE_OVER_CAPACITY(false),
        OUTSIDE_COHORT(true);

        private final boolean blocking;

        Kind(boolean blocking) {
            this.blocking = blocking;
        }

        public boolean blocking() {
            return blocking;
        }
    }

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    public boolean blocking() {
        return kind.blocking();
    }
}
