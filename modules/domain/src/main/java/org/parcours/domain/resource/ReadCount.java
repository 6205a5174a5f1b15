package org.parcours.domain.resource;

/** How many distinct resources the members of a territory read over a period. */
public record ReadCount(long territoryId, long resources) {
}
