package org.parcours.application.logbook;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.territory.EmailAddress;

/** An issue was published: its readers are told by email once the publication is committed. */
public record LogbookPublished(List<EmailAddress> to, long issueId, String title, String cohort)
        implements Serializable {
}
