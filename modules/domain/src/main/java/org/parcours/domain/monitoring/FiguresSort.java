package org.parcours.domain.monitoring;

/** The columns a table of territories' figures may be sorted by (then by territory name). */
public enum FiguresSort {
    TERRITORY,
    COHORT,
    ATTENDANCE,
    WORK_MISSING,
    CODEV_HELD,
    COMMITMENTS_OVERDUE,
    VISITS,
    RESOURCES,
    /** Milestones planned minus reached: the territories furthest behind first when descending. */
    GAP
}
