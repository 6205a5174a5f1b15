package org.parcours.domain.logbook;

import java.io.Serializable;

/** What a facilitator writes in an issue: its title and the HTML of its three sections (not yet cleaned). */
public record LogbookContent(String title, String challenges, String practices, String illustrations)
        implements Serializable {

    public String section(LogbookSection section) {
        return switch (section) {
            case CHALLENGES -> challenges;
            case PRACTICES -> practices;
            case ILLUSTRATIONS -> illustrations;
        };
    }
}
