package org.parcours.domain.resource;

/** What a resource is made of: an uploaded document, or a video, a MOOC or a page reached by its link. */
public enum ResourceType {
    DOCUMENT,
    VIDEO,
    MOOC,
    LINK;

    /** Whether the resource is an uploaded file (otherwise it is reached by its web address). */
    public boolean isFile() {
        return this == DOCUMENT;
    }
}
