package org.parcours.domain.codev;

/** What became of the client's commitment, as they report it at the group's next session. */
public enum CommitmentOutcome {
    DONE,
    PARTLY,
    NOT_DONE
}
