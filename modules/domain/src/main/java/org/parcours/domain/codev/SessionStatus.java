package org.parcours.domain.codev;

/** Where a co-development session stands: planned, running one of its steps, or over. */
public enum SessionStatus {
    PLANNED,
    RUNNING,
    FINISHED
}
