package org.parcours.application.work;

import java.io.Serializable;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.work.Submission;

/** A territory concerned by an assignment and its submission, {@code null} while not handed in. */
public record TerritoryWork(Territory territory, Submission submission) implements Serializable {

    public Territory getTerritory() {
        return territory;
    }

    public Submission getSubmission() {
        return submission;
    }

    public boolean isHandedIn() {
        return submission != null;
    }
}
