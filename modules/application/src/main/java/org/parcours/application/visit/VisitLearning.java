package org.parcours.application.visit;

import java.io.Serializable;
import java.time.Instant;

/** What one visitor learnt at a visit and will try at home: material for the monthly logbook. */
public record VisitLearning(long visitId, String practice, String host, Instant visitedAt, String visitor,
        String visitorTerritory, String learnt, String willTry) implements Serializable {
}
