package org.parcours.domain.resource;

import org.parcours.domain.visit.Theme;

/**
 * A search of the centre: words (in title, summary or tags) and optional filters. {@code viewerId}
 * and {@code manager} say what the caller may see (see {@link Resource#isVisibleTo}).
 */
public record ResourceSearch(String words, ResourceNature nature, PathPhase phase, Theme theme, ResourceType type,
        Long viewerId, boolean manager) {
}
