package org.parcours.web.schedule;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.file.UploadedFile;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ImportRefused;
import org.parcours.application.schedule.ImportRow;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.ScheduleConflicts;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.infrastructure.documents.CsvTable;
import org.parcours.infrastructure.documents.ScheduleColumns;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** A cohort's path: calendar (drag a session to move it), list, generation, import and exports. */
@Named
@ViewScoped
public class CohortSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortManagement cohorts;
    @Inject
    ScheduleManagement schedules;
    @Inject
    ScheduleAccess rights;

    private Long id;
    private Cohort cohort;
    private boolean manageable;
    private SessionCalendar calendar;
    private CohortSessionsModel sessions;
    private long sessionCount;
    private List<Programme> programmes = List.of();
    private Long programmeId;
    // Both live only for the import request and the page it renders: not copied with the session to
    // other instances of a cluster (the upload is not Serializable, the report's arguments may not be).
    private transient UploadedFile file;
    private transient List<ImportRefused.LineError> importErrors = new ArrayList<>();

    public void load() {
        cohort = id == null ? null : cohorts.find(id).orElse(null);
        if (cohort == null) {
            Pages.notFound();
            return;
        }
        if (!rights.mayRead(cohort)) {
            Pages.forbidden();
            return;
        }
        manageable = rights.mayManage(cohort);
        long cohortId = id;
        ScheduleManagement use = schedules;
        calendar = new SessionCalendar((from, to) -> use.ofCohort(cohortId, from, to),
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), manageable);
        refresh();
        if (manageable && sessionCount == 0) {
            programmes = schedules.programmes();
            programmeId = programmes.isEmpty() ? null : programmes.get(0).getId();
        }
    }

    private void refresh() {
        sessionCount = schedules.countOfCohort(id);
        sessions = new CohortSessionsModel(schedules, id, sessionCount);
    }

    /** A session dragged to another day or time in the calendar. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        Long sessionId = (Long) event.getScheduleEvent().getData();
        Session session = schedules.find(sessionId).filter(s -> s.getCohort().getId().equals(id)).orElse(null);
        if (session == null) {
            return;
        }
        LocalDateTime start = LocalDateTime.ofInstant(session.getStartsAt(), ParisTime.ZONE)
                .plusYears(event.getYearDelta()).plusMonths(event.getMonthDelta()).plusDays(event.getDayDelta())
                .plusMinutes(event.getMinuteDelta());
        try {
            Session moved = schedules.moveTo(sessionId, start, false);
            Feedback.info("session.moved", moved.getTitle());
        } catch (ScheduleConflicts conflicts) {
            Conflicts.show(conflicts, null);
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
        }
        refresh();
    }

    public String generate() {
        try {
            int count = schedules.generate(id, programmeId == null ? -1 : programmeId).size();
            Feedback.info("schedule.generated", count);
            return "/schedule/cohort?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            Feedback.show(violation, "generateForm");
            return null;
        }
    }

    public String importFile() {
        importErrors = new ArrayList<>();
        if (file == null || file.getSize() == 0) {
            Feedback.show(new RuleViolation("file", "import.noFile"), "importForm");
            return null;
        }
        try {
            List<ImportRow> rows = CsvTable.read(file.getContent(), ScheduleColumns.HEADERS).stream()
                    .map(r -> new ImportRow(r.line(), r.values())).toList();
            int count = schedules.importRows(id, rows).size();
            Feedback.info("import.done", count);
            return "/schedule/cohort?faces-redirect=true&id=" + id;
        } catch (ImportRefused refused) {
            importErrors = refused.errors();
            Feedback.show(refused, "importForm");
            return null;
        } catch (RuleViolation violation) {
            Feedback.show(violation, "importForm");
            return null;
        }
    }

    /** The text of one line of the import report. */
    public String describe(ImportRefused.LineError error) {
        return Feedback.text(error.messageKey(), error.arguments().toArray());
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    /** The calendar opens on today while the cohort runs, on its first day otherwise. */
    public java.time.LocalDate getInitialDate() {
        java.time.LocalDate today = java.time.LocalDate.now(ParisTime.ZONE);
        return cohort.isRunningOn(today) ? today : cohort.getPeriod().getStartDate();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public boolean isManageable() {
        return manageable;
    }

    public SessionCalendar getCalendar() {
        return calendar;
    }

    public CohortSessionsModel getSessions() {
        return sessions;
    }

    public long getSessionCount() {
        return sessionCount;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ImportRefused.LineError> getImportErrors() {
        return importErrors == null ? List.of() : importErrors;
    }
}
