package org.parcours.domain.monitoring;

/** One alert of a territory: its kind and how many facts raise it (sessions missed, work or commitments overdue). */
public final class Alert implements java.io.Serializable {

    private final long cohortId;
    private final long territoryId;
    private final String territoryName;
    private final AlertKind kind;
    private final long count;

    public Alert(long cohortId, long territoryId, String territoryName, AlertKind kind, long count) {
        if (count < 1) {
            throw new IllegalArgumentException("An alert stands for at least one fact");
        }
        this.cohortId = cohortId;
        this.territoryId = territoryId;
        this.territoryName = territoryName;
        this.kind = kind;
        this.count = count;
    }

    public long getCohortId() {
        return cohortId;
    }

    public long getTerritoryId() {
        return territoryId;
    }

    public String getTerritoryName() {
        return territoryName;
    }

    public AlertKind getKind() {
        return kind;
    }

    public long getCount() {
        return count;
    }
}
