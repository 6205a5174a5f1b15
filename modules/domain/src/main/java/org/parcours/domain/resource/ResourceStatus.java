package org.parcours.domain.resource;

/** Where a resource stands: only approved resources are shown to every reader. */
public enum ResourceStatus {
    /** Suggested by a territory team, waiting for a facilitator. */
    SUGGESTED,
    APPROVED,
    DECLINED,
    /** Taken out of the centre by a facilitator. */
    WITHDRAWN
}
