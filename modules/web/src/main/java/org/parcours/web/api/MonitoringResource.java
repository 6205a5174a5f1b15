package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.application.monitoring.TerritoryProgress;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.TimelineEntry;
import org.parcours.domain.monitoring.TrendPoint;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionKind;

/**
 * The progress indicators, read-only, for those who watch cohorts (partners: only the cohorts they
 * follow), and a territory's progress for its team too. Counts of recorded facts only: never what was
 * said in co-development nor what a territory handed in. Period: {@code from}/{@code to} (ISO days,
 * default: the cohort's start to today); {@code kind} narrows attendance to one collective kind.
 */
@Path("monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    @Inject
    ProgressMonitoring monitoring;

    public record FiguresView(long cohortId, String cohort, Long territoryId, String territory, long territories,
            LocalDate from, LocalDate to, long sessionsExpected, long sessionsAttended, Integer attendanceRate,
            long workDue, long workOnTime, long workLate, long workMissing, long workEarly, long codevHeld,
            long clientTurns, long commitmentsDue, long commitmentsKept, long commitmentsOverdue, long visitsHosted,
            long visitsMade, long resourcesRead, long milestonesPlanned, long milestonesReached, String status) {
        static FiguresView of(Figures f, LocalDate from, LocalDate to) {
            return new FiguresView(f.getCohortId(), f.getCohortName(), f.getTerritoryId(), f.getTerritoryName(),
                    f.getTerritories(), from, to, f.getSessionsExpected(), f.getSessionsAttended(),
                    f.getAttendanceRate(), f.getWorkDue(), f.getWorkOnTime(), f.getWorkLate(), f.getWorkMissing(),
                    f.getWorkEarly(), f.getCodevHeld(), f.getClientTurns(), f.getCommitmentsDue(),
                    f.getCommitmentsKept(), f.getCommitmentsOverdue(), f.getVisitsHosted(), f.getVisitsMade(),
                    f.getResourcesRead(), f.getMilestonesPlanned(), f.getMilestonesReached(), f.getStatus().name());
        }
    }

    public record FiguresPage(long total, int first, List<FiguresView> items) {
    }

    public record AlertView(long territoryId, String territory, String kind, long count) {
        static AlertView of(Alert a) {
            return new AlertView(a.getTerritoryId(), a.getTerritoryName(), a.getKind().name(), a.getCount());
        }
    }

    public record TrendView(long cohortId, String cohort, String month, long expected, long attended, Integer rate) {
        static TrendView of(TrendPoint p) {
            return new TrendView(p.getCohortId(), p.getCohortName(), p.getMonth().toString(), p.getExpected(),
                    p.getAttended(), p.getRate());
        }
    }

    public record StepView(long sessionId, String title, String kind, String phase, Instant startsAt, String outcome) {
        static StepView of(TimelineEntry e) {
            return new StepView(e.getSessionId(), e.getTitle(), e.getKind().name(), e.getPhase(), e.getStartsAt(),
                    e.getOutcome().name());
        }
    }

    public record TerritoryView(FiguresView figures, List<StepView> timeline) {
    }

    public record JobRun(String month, boolean claimed, int cohorts) {
    }

    public record Sent(boolean sent) {
    }

    /** Every cohort the caller watches, summed. */
    @GET
    @Path("cohorts")
    public List<FiguresView> cohorts(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("kind") String kind) {
        List<Cohort> watched = monitoring.watchedCohorts();
        if (watched.isEmpty()) {
            return List.of();
        }
        MonitoringQuery query = query(watched, null, from, to, kind);
        return monitoring.cohorts(query).stream().map(f -> FiguresView.of(f, query.from(), query.to())).toList();
    }

    @GET
    @Path("cohorts/{id}/territories")
    public FiguresPage territories(@PathParam("id") String id, @QueryParam("q") String q,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("kind") String kind,
            @QueryParam("sort") @DefaultValue("territory") String sort, @QueryParam("order") @DefaultValue("asc") String order,
            @QueryParam("first") @DefaultValue("0") String first, @QueryParam("max") @DefaultValue("50") String max) {
        Paging paging = Paging.of(first, max);
        MonitoringQuery query = query(List.of(cohort(id)), q, from, to, kind);
        FiguresSort column;
        try {
            column = FiguresSort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("sort must be one of " + List.of(FiguresSort.values()) + ".");
        }
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("order must be asc or desc.");
        }
        return new FiguresPage(monitoring.count(query), paging.first(),
                monitoring.territories(query, column, order.equals("asc"), paging.first(), paging.max()).stream()
                        .map(f -> FiguresView.of(f, query.from(), query.to())).toList());
    }

    @GET
    @Path("cohorts/{id}/alerts")
    public List<AlertView> alerts(@PathParam("id") String id) {
        MonitoringQuery query = query(List.of(cohort(id)), null, null, null, null);
        return monitoring.alerts(query).stream().map(AlertView::of).toList();
    }

    @GET
    @Path("cohorts/{id}/trend")
    public List<TrendView> trend(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("kind") String kind) {
        MonitoringQuery query = query(List.of(cohort(id)), null, from, to, kind);
        return monitoring.trend(query).stream().map(TrendView::of).toList();
    }

    /** A territory's progress: its team, admins, facilitators and the partners of its cohort. */
    @GET
    @Path("territories/{id}")
    public TerritoryView territory(@PathParam("id") String id, @QueryParam("cohort") String cohort) {
        long territoryId = Ids.parse(id);
        Long cohortId = cohort == null ? null : Ids.parse(cohort);
        TerritoryProgress progress;
        try {
            progress = monitoring.territory(territoryId, cohortId)
                    .orElseThrow(() -> new NotFoundException("Territory " + territoryId + " follows no such cohort."));
        } catch (RuleViolation unknown) {
            throw new NotFoundException("No territory " + territoryId + ".");
        }
        return new TerritoryView(FiguresView.of(progress.getFigures(), progress.getFrom(), progress.getTo()),
                progress.getTimeline().stream().map(StepView::of).toList());
    }

    /** Emails a cohort's report of {@code month} (YYYY-MM) to its partners now: its facilitators and admins. */
    @POST
    @Path("cohorts/{id}/report")
    public Sent sendReport(@PathParam("id") String id, @QueryParam("month") String month) {
        Cohort cohort = cohort(id);
        return new Sent(monitoring.sendReportNow(cohort.getId(), month(month)));
    }

    /**
     * Runs the monthly reports' job as its timer would on {@code day} (admins): sends the month before's
     * reports unless that month was already sent ({@code claimed} false then).
     */
    @POST
    @Path("monthly-reports")
    public JobRun runMonthlyReports(@QueryParam("day") String day) {
        LocalDate date;
        try {
            date = day == null ? LocalDate.now(ParisTime.ZONE) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day must be a date like 2026-12-01, not '" + day + "'.");
        }
        int cohorts = monitoring.runMonthlyReports(date);
        return new JobRun(YearMonth.from(date).minusMonths(1).toString(), cohorts >= 0, Math.max(cohorts, 0));
    }

    private Cohort cohort(String id) {
        long cohortId = Ids.parse(id);
        try {
            return monitoring.watchable(cohortId);
        } catch (RuleViolation unknown) {
            throw new NotFoundException("No cohort " + cohortId + ".");
        }
    }

    private MonitoringQuery query(List<Cohort> cohorts, String q, String from, String to, String kind) {
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        LocalDate start = cohorts.stream().map(c -> c.getPeriod().getStartDate()).min(LocalDate::compareTo).orElse(today);
        LocalDate fromDay = day(from, "from", start.isAfter(today) ? today : start);
        LocalDate toDay = day(to, "to", today);
        if (fromDay.isBefore(toDay.minusDays(MonitoringQuery.MAX_DAYS)) && from == null) {
            fromDay = toDay.minusDays(MonitoringQuery.MAX_DAYS);
        }
        SessionKind sessionKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                sessionKind = SessionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("kind must be one of " + MonitoringQuery.COLLECTIVE_KINDS + ".");
            }
        }
        return monitoring.query(cohorts.stream().map(Cohort::getId).toList(), q, fromDay, toDay, sessionKind);
    }

    private static LocalDate day(String text, String name, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2026-11-01, not '" + text + "'.");
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(String.valueOf(text));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("month must be like 2026-11, not '" + text + "'.");
        }
    }
}
