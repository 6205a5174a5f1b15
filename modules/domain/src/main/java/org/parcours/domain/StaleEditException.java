package org.parcours.domain;

/**
 * Someone else saved the object after the user opened it: the user's edit is refused rather than
 * silently overwriting the other one.
 */
public class StaleEditException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public StaleEditException() {
        super(null, "edit.stale");
    }

    /** Refuses the edit when the version the user started from is not the current one. */
    public static void check(long currentVersion, long versionSeenByUser) {
        if (currentVersion != versionSeenByUser) {
            throw new StaleEditException();
        }
    }
}
