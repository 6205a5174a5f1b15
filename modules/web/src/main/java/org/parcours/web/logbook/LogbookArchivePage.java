package org.parcours.web.logbook;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.logbook.LogbookArchive;
import org.parcours.application.logbook.Logbooks;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A cohort's logbook: the published issues for its readers; the drafts and the drafting of a month for its facilitators. */
@Named
@ViewScoped
public class LogbookArchivePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Logbooks logbooks;
    @Inject
    CohortChoice choice;

    private Long cohortId;
    private LogbookArchive archive;
    private List<String> freeMonths = List.of();
    private String month;
    private List<Cohort> otherCohorts = List.of();

    public void load() {
        if (cohortId == null) {
            // A facilitator lands on a cohort they write the logbook of; others on their own cohort.
            cohortId = choice.getCohorts().stream().filter(logbooks::mayEdit).map(Cohort::getId).findFirst()
                    .orElseGet(choice::defaultCohort);
        }
        if (cohortId == null) {
            Pages.notFound();
            return;
        }
        try {
            archive = logbooks.archive(cohortId);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        } catch (RuleViolation unknown) {
            Pages.notFound();
            return;
        }
        Long shown = cohortId;
        otherCohorts = choice.getCohorts().stream().filter(c -> !c.getId().equals(shown)).toList();
        if (archive.isEditor()) {
            freeMonths = freeMonths(archive.getCohort(), archive.getIssues());
            if (month == null && !freeMonths.isEmpty()) {
                month = freeMonths.get(0);
            }
        }
    }

    /** The months of the path without an issue yet. */
    private static List<String> freeMonths(Cohort cohort, List<LogbookIssue> issues) {
        Set<YearMonth> taken = issues.stream().map(LogbookIssue::month).collect(Collectors.toSet());
        return cohort.getPeriod().months().stream().filter(m -> !taken.contains(m)).map(YearMonth::toString).toList();
    }

    public String draft() {
        return Feedback.attempt("draftForm", () -> {
            YearMonth chosen;
            try {
                chosen = month == null ? null : YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw new RuleViolation("month", "field.required");
            }
            LogbookIssue issue = logbooks.draft(cohortId, chosen);
            Feedback.info("logbook.drafted", Months.label(issue.month()));
            return "/logbook/edit?faces-redirect=true&id=" + issue.getId();
        });
    }

    public String monthLabel(Object value) {
        if (value instanceof LogbookIssue issue) {
            return Months.label(issue.month());
        }
        return value == null ? "" : Months.label(YearMonth.parse(value.toString()));
    }

    /** The other cohorts the caller reads, to switch to their logbook. */
    public List<Cohort> getOtherCohorts() { return otherCohorts; }

    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public LogbookArchive getArchive() { return archive; }
    public List<String> getFreeMonths() { return freeMonths; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
}
