package org.parcours.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.cohort.CohortScope;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.Counts;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.MonitoringRepository;
import org.parcours.domain.monitoring.TrendPoint;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * What the dashboards, their exports and the API read. Admins and facilitators watch every cohort;
 * partners the cohorts they follow; a territory's team only its own progress page. Figures are counts
 * of recorded facts: no content of co-development or of handed-in work ever leaves through here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressMonitoring {

    /** Bounds of what one call returns. */
    public static final int MAX_PAGE = 500;
    public static final int MAX_ALERTS = 200;
    static final int MAX_COHORTS = 500;
    static final int MAX_TIMELINE = 400;

    @Inject
    Access access;
    @Inject
    MonitoringRepository monitoring;
    @Inject
    CohortRepository cohorts;
    @Inject
    TerritoryRepository territories;
    @Inject
    MonthlyProgressReports reports;

    /** Whether the caller may open the dashboards at all. */
    public boolean mayWatch() {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR, Role.PARTNER);
    }

    /** The cohorts the caller may watch, by start date (newest first), at most {@value #MAX_COHORTS}. */
    public List<Cohort> watchedCohorts() {
        requireWatcher();
        List<Cohort> list = access.holdsAny(Role.ADMIN, Role.FACILITATOR)
                ? cohorts.list(CohortScope.all(), 0, MAX_COHORTS)
                : cohorts.list(CohortScope.of(access.username(), List.of()), 0, MAX_COHORTS);
        return list.stream().sorted(Comparator.comparing((Cohort c) -> c.getPeriod().getStartDate()).reversed()
                .thenComparing(Cohort::getName)).toList();
    }

    /**
     * A query over {@code cohortIds} (each one the caller may watch), as of now.
     *
     * @throws AccessDenied when one of them may not be watched by the caller
     * @throws RuleViolation when the period or the kind is not valid
     */
    public MonitoringQuery query(@NotNull Collection<Long> cohortIds, String territoryText, LocalDate from,
            LocalDate to, SessionKind kind) {
        requireWatcher();
        if (cohortIds.isEmpty()) {
            throw new RuleViolation("cohort", "monitoring.cohort.required");
        }
        if (!access.holdsAny(Role.ADMIN, Role.FACILITATOR)) {
            Set<Long> followed = new HashSet<>(watchedCohorts().stream().map(Cohort::getId).toList());
            if (!followed.containsAll(cohortIds)) {
                throw new AccessDenied("monitoring.cohort");
            }
        }
        return new MonitoringQuery(List.copyOf(new java.util.LinkedHashSet<>(cohortIds)), territoryText, from, to,
                kind, Instant.now());
    }

    public long count(@NotNull MonitoringQuery query) {
        requireWatcher();
        return monitoring.count(query);
    }

    public List<Figures> territories(@NotNull MonitoringQuery query, @NotNull FiguresSort sort, boolean ascending,
            int first, int max) {
        requireWatcher();
        return monitoring.territories(query, sort, ascending, Math.max(0, first), Math.max(1, Math.min(max, MAX_PAGE)));
    }

    public List<Figures> cohorts(@NotNull MonitoringQuery query) {
        requireWatcher();
        return monitoring.cohorts(query);
    }

    public List<Alert> alerts(@NotNull MonitoringQuery query) {
        requireWatcher();
        return monitoring.alerts(query, MAX_ALERTS);
    }

    public List<TrendPoint> trend(@NotNull MonitoringQuery query) {
        requireWatcher();
        return monitoring.trend(query);
    }

    /**
     * A territory's progress in a cohort it follows ({@code cohortId}, or by default the one it follows
     * now, else its latest): for admins, facilitators, the cohort's partners and the territory's team.
     * Empty when the territory follows no such cohort.
     *
     * @throws RuleViolation "territory.unknown" when there is no such territory
     */
    public java.util.Optional<TerritoryProgress> territory(long territoryId, Long cohortId) {
        Territory territory = territories.find(territoryId)
                .orElseThrow(() -> new RuleViolation("territory", "territory.unknown", territoryId));
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        List<Cohort> followed = cohorts.followedBy(territoryId);
        Cohort cohort = followed.stream()
                .filter(c -> cohortId == null ? c.isRunningOn(today) : c.getId().equals(cohortId)).findFirst()
                .or(() -> cohortId == null ? followed.stream().max(Comparator.comparing(c -> c.getPeriod().getStartDate()))
                        : java.util.Optional.empty())
                .orElse(null);
        boolean mayRead = access.holdsAny(Role.ADMIN, Role.FACILITATOR)
                || access.holds(Role.TERRITORY) && access.belongsTo(territoryId)
                || cohort != null && access.holds(Role.PARTNER) && cohort.isFollowedByPartner(access.username());
        if (!mayRead) {
            throw new AccessDenied("monitoring.territory");
        }
        if (cohort == null) {
            return java.util.Optional.empty();
        }
        LocalDate from = cohort.getPeriod().getStartDate();
        LocalDate to = today.isBefore(from) ? from : today.isAfter(cohort.getPeriod().getEndDate())
                ? cohort.getPeriod().getEndDate() : today;
        Instant now = Instant.now();
        MonitoringQuery query = new MonitoringQuery(List.of(cohort.getId()), null, from, to, null, now)
                .forTerritory(territoryId);
        Figures figures = monitoring.territories(query, FiguresSort.TERRITORY, true, 0, 1).stream().findFirst()
                .orElse(Figures.ofTerritory(cohort.getId(), cohort.getName(), territoryId, territory.getName(), Counts.NONE));
        return java.util.Optional.of(new TerritoryProgress(territory, cohort, from, to, figures,
                monitoring.timeline(cohort.getId(), territoryId, now, MAX_TIMELINE)));
    }

    /** A cohort's monthly report as a PDF, for whoever may watch the cohort. */
    public byte[] monthlyReportPdf(long cohortId, @NotNull YearMonth month, @NotNull Locale locale) {
        Cohort cohort = watchable(cohortId);
        return reports.pdf(cohort, month, locale);
    }

    /** Emails a cohort's report of {@code month} to its partners now: its facilitators and admins. */
    public boolean sendReportNow(long cohortId, @NotNull YearMonth month) {
        Cohort cohort = watchable(cohortId);
        if (!mayRunReport(cohort)) {
            throw new AccessDenied("monitoring.report.send");
        }
        return reports.send(cohortId, month);
    }

    /** Whether the caller may send a cohort's report by hand: admins and the cohort's own facilitators. */
    public boolean mayRunReport(Cohort cohort) {
        return access.holds(Role.ADMIN) || access.holds(Role.FACILITATOR) && cohort.isFacilitatedBy(access.username());
    }

    /**
     * Runs the scheduled job as its timer would on {@code day} (admins only): sends the month's reports
     * once; -1 when that month was already sent.
     */
    public int runMonthlyReports(@NotNull LocalDate day) {
        access.requireAny("monitoring.report.job", Role.ADMIN);
        return reports.runFor(day);
    }

    /** The cohort, if the caller may watch it; RuleViolation "cohort.unknown" when there is none. */
    public Cohort watchable(long cohortId) {
        requireWatcher();
        Cohort cohort = cohorts.findWithDetails(cohortId)
                .orElseThrow(() -> new RuleViolation("cohort", "cohort.unknown", cohortId));
        if (!access.holdsAny(Role.ADMIN, Role.FACILITATOR) && !cohort.isFollowedByPartner(access.username())) {
            throw new AccessDenied("monitoring.cohort");
        }
        return cohort;
    }

    private void requireWatcher() {
        access.requireAny("monitoring", Role.ADMIN, Role.FACILITATOR, Role.PARTNER);
    }
}
