package org.parcours.application.codev;

import java.io.Serializable;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.territory.Member;

/**
 * What a co-development session's page shows its reader, read at once: the summary for every reader
 * of the cohort; for the group and the cohort's facilitators also the content, the previous session
 * whose client reports here, whether the reader runs the session and which member of the group they are.
 */
public record SessionPage(SessionSummary summary, CoDevSession content, CoDevSession previous, boolean manageable,
        Member reader) implements Serializable {

    static SessionPage summaryOnly(SessionSummary summary) {
        return new SessionPage(summary, null, null, false, null);
    }

    public boolean withContent() {
        return content != null;
    }
}
