package org.parcours.domain.schedule;

/** Where a session takes place: a venue, a video link, or both. */
public enum SessionFormat {
    IN_PERSON(true, false),
    REMOTE(false, true),
    HYBRID(true, true);

    private final boolean needsVenue;
    private final boolean needsLink;

    SessionFormat(boolean needsVenue, boolean needsLink) {
        this.needsVenue = needsVenue;
        this.needsLink = needsLink;
    }

    public boolean needsVenue() {
        return needsVenue;
    }

    public boolean needsLink() {
        return needsLink;
    }
}
