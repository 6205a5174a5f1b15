package org.parcours.domain.resource;

/** How many people marked a resource as read and as useful. */
public record MarkCounts(long read, long useful) {
    public static final MarkCounts NONE = new MarkCounts(0, 0);
}
