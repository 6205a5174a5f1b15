package org.parcours.application.logbook;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.logbook.LogbookIssue;

/** A cohort's issues as the caller may see them (drafts for its facilitators only), and whether they edit them. */
public record LogbookArchive(Cohort cohort, List<LogbookIssue> issues, boolean editor) implements Serializable {
}
