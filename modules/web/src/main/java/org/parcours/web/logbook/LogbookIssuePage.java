package org.parcours.web.logbook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.logbook.Logbooks;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookSection;
import org.parcours.web.shell.Pages;

/** An issue as its readers see it: published for everyone following the cohort, a draft for its facilitators only. */
@Named
@ViewScoped
public class LogbookIssuePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Logbooks logbooks;

    private Long id;
    private LogbookIssue issue;
    private boolean editor;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            issue = logbooks.read(id);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        editor = logbooks.mayEdit(issue.getCohort());
    }

    public List<LogbookSection> getSections() {
        return List.of(LogbookSection.values());
    }

    public String getMonth() {
        return issue == null ? "" : Months.label(issue.month());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LogbookIssue getIssue() { return issue; }
    public boolean isEditor() { return editor; }
}
