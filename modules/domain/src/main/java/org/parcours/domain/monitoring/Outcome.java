package org.parcours.domain.monitoring;

/** What became of one step of a territory's path, as recorded. */
public enum Outcome {
    /** Collective session: at least one member present or late. */
    ATTENDED,
    /** Collective session: the sheet was taken and nobody of the territory was there. */
    MISSED,
    /** Over, but nothing was recorded for it: no attendance sheet, no assignment (not counted). */
    NOT_RECORDED,
    /** Still to come. */
    UPCOMING,
    CANCELLED,
    /** Individual work handed in on time. */
    HANDED_IN,
    HANDED_IN_LATE,
    /** Individual work due and not handed in. */
    MISSING,
    /** Individual work not yet due, not yet handed in. */
    OPEN,
    /** Co-development session finished with a member of the territory taking part. */
    TOOK_PART,
    /** Learning visit hosted by the territory. */
    HOSTED,
    /** Learning visit a member of the territory had a place in. */
    VISITED,
    /** A session (co-development, visit) the territory was not concerned by in the end. */
    NOT_CONCERNED
}
