package org.parcours.domain.directory;

import org.parcours.domain.visit.Theme;

/**
 * A directory search: words (in the name, or in the expertise of those who show it), a territory
 * (the team the person belongs to), a theme (among the themes of those who show them); each optional.
 */
public record DirectorySearch(String words, Long territoryId, Theme theme) {
}
