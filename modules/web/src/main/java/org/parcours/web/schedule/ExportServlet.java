package org.parcours.web.schedule;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalTime;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.attendance.AttendanceTaking;
import org.parcours.application.attendance.SheetLine;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.web.shell.ExportLabels;
import org.parcours.web.shell.FileDownloads;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.infrastructure.documents.AttendanceSheets;
import org.parcours.infrastructure.documents.ScheduleFiles;

/**
 * Files made from the schedule: {@code /exports/schedule.csv|.xlsx?cohort=} and
 * {@code /exports/attendance.pdf|.csv?session=} ({@code &lang=fr|en} for the sheet's language).
 * Access is checked by the use cases; a refused request gets 403, an unknown id 404.
 */
@WebServlet("/exports/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScheduleManagement schedules;
    @Inject
    transient CohortManagement cohorts;
    @Inject
    transient AttendanceTaking attendance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (what) {
                case "/schedule.csv" -> FileDownloads.send(response, "text/csv; charset=UTF-8", "planning.csv",
                        ScheduleFiles.csv(cohortSessions(id(request, "cohort"))));
                case "/schedule.xlsx" -> {
                    long cohortId = id(request, "cohort");
                    FileDownloads.send(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "planning.xlsx",
                            ScheduleFiles.xlsx(cohorts.find(cohortId).map(Cohort::getName).orElse("Planning"),
                                    cohortSessions(cohortId)));
                }
                case "/attendance.pdf", "/attendance.csv" -> {
                    long sessionId = id(request, "session");
                    Session session = schedules.find(sessionId).orElseThrow(() -> new RuleViolation(null, "session.unknown"));
                    List<AttendanceSheets.Line> lines = attendance.sheet(sessionId).stream()
                            .map((SheetLine l) -> new AttendanceSheets.Line(session, l.getName(), l.getTerritory(), l.status()))
                            .toList();
                    if (what.endsWith(".pdf")) {
                        FileDownloads.send(response, "application/pdf", "emargement-" + sessionId + ".pdf",
                                AttendanceSheets.pdf(session, lines, ExportLabels.in(ExportLabels.localeOf(request))));
                    } else {
                        FileDownloads.send(response, "text/csv; charset=UTF-8", "emargement-" + sessionId + ".csv",
                                AttendanceSheets.csv(lines));
                    }
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private List<Session> cohortSessions(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RuleViolation(null, "cohort.unknown"));
        return schedules.ofCohort(cohortId, ParisTime.at(cohort.getPeriod().getStartDate(), LocalTime.MIN),
                ParisTime.at(cohort.getPeriod().getEndDate().plusDays(1), LocalTime.MIN));
    }

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(String.valueOf(request.getParameter(name)));
    }
}
