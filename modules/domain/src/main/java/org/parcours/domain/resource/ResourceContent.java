package org.parcours.domain.resource;

import java.util.Set;
import org.parcours.domain.visit.Theme;

/** What describes a resource, as typed in a form; checked by {@link Resource}. */
public record ResourceContent(ResourceNature nature, ResourceType type, String title, String summary, String author,
        Integer year, PathPhase phase, Set<Theme> themes, String tags, String url) {
}
