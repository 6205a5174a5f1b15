package org.parcours.application.logbook;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.logbook.LogbookIssue;

/**
 * A cohort's issues as the caller may see them (drafts for its facilitators only), and whether they
 * edit them. A class with getters rather than a record: pages read it through Faces EL.
 */
public final class LogbookArchive implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Cohort cohort;
    private final List<LogbookIssue> issues;
    private final boolean editor;

    public LogbookArchive(Cohort cohort, List<LogbookIssue> issues, boolean editor) {
        this.cohort = cohort;
        this.issues = List.copyOf(issues);
        this.editor = editor;
    }

    public Cohort getCohort() { return cohort; }
    public List<LogbookIssue> getIssues() { return issues; }
    public boolean isEditor() { return editor; }
}
