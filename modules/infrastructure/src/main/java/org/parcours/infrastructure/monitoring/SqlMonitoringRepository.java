package org.parcours.infrastructure.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.AlertKind;
import org.parcours.domain.monitoring.Counts;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.MonitoringRepository;
import org.parcours.domain.monitoring.TimelineEntry;
import org.parcours.domain.monitoring.TimelineFacts;
import org.parcours.domain.monitoring.TrendPoint;
import org.parcours.domain.schedule.SessionKind;

/**
 * The indicators in plain SQL (see {@link IndicatorSql}) over the application's data source: JPQL has
 * no common table expressions nor window functions, and these reads need no entity. Each method is one
 * statement.
 */
@ApplicationScoped
public class SqlMonitoringRepository implements MonitoringRepository {

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    @Override
    public long count(MonitoringQuery query) {
        String sql = "select count(*) from cohort_territory ct join territory t on t.id = ct.territory_id "
                + "where ct.cohort_id in (:cohorts)" + IndicatorSql.filters(query);
        return query(NamedSql.of(sql, IndicatorSql.parameters(query)), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    @Override
    public List<Figures> territories(MonitoringQuery query, FiguresSort sort, boolean ascending, int first, int max) {
        Map<String, Object> p = IndicatorSql.parameters(query);
        p.put("max", max);
        p.put("first", first);
        String sql = IndicatorSql.figures(query) + IndicatorSql.order(sort, ascending) + " limit :max offset :first";
        return query(NamedSql.of(sql, p), rows -> {
            List<Figures> figures = new ArrayList<>();
            while (rows.next()) {
                figures.add(Figures.ofTerritory(rows.getLong("cohort_id"), rows.getString("cohort_name"),
                        rows.getLong("territory_id"), rows.getString("territory_name"), counts(rows)));
            }
            return figures;
        });
    }

    @Override
    public List<Figures> cohorts(MonitoringQuery query) {
        String sql = "select cohort_id, cohort_name, count(*) territories, sum(sessions_expected) sessions_expected, "
                + "sum(sessions_attended) sessions_attended, sum(work_due) work_due, sum(work_on_time) work_on_time, "
                + "sum(work_late) work_late, sum(work_early) work_early, sum(codev_held) codev_held, "
                + "sum(client_turns) client_turns, sum(commitments_due) commitments_due, "
                + "sum(commitments_kept) commitments_kept, sum(commitments_overdue) commitments_overdue, "
                + "sum(visits_hosted) visits_hosted, sum(visits_made) visits_made, sum(resources_read) resources_read "
                + "from (" + IndicatorSql.figures(query) + ") f group by cohort_id, cohort_name order by cohort_name, cohort_id";
        return query(NamedSql.of(sql, IndicatorSql.parameters(query)), rows -> {
            List<Figures> figures = new ArrayList<>();
            while (rows.next()) {
                figures.add(Figures.ofCohort(rows.getLong("cohort_id"), rows.getString("cohort_name"),
                        rows.getLong("territories"), counts(rows)));
            }
            return figures;
        });
    }

    @Override
    public List<Alert> alerts(MonitoringQuery query, int max) {
        Map<String, Object> p = IndicatorSql.parameters(query);
        p.put("max", max);
        return query(NamedSql.of(IndicatorSql.alerts(query), p), rows -> {
            List<Alert> alerts = new ArrayList<>();
            while (rows.next()) {
                alerts.add(new Alert(rows.getLong(1), rows.getLong(2), rows.getString(3),
                        AlertKind.valueOf(rows.getString(4)), rows.getLong(5)));
            }
            return alerts;
        });
    }

    @Override
    public List<TrendPoint> trend(MonitoringQuery query) {
        return query(NamedSql.of(IndicatorSql.trend(query), IndicatorSql.parameters(query)), rows -> {
            List<TrendPoint> points = new ArrayList<>();
            while (rows.next()) {
                points.add(new TrendPoint(rows.getLong(1), rows.getString(2), YearMonth.parse(rows.getString(3)),
                        rows.getLong(4), rows.getLong(5)));
            }
            return points;
        });
    }

    @Override
    public List<TimelineEntry> timeline(long cohortId, long territoryId, Instant now, int max) {
        Map<String, Object> p = new HashMap<>();
        p.put("cohort", cohortId);
        p.put("territory", territoryId);
        p.put("max", max);
        return query(NamedSql.of(IndicatorSql.timeline(), p), rows -> {
            List<TimelineEntry> entries = new ArrayList<>();
            while (rows.next()) {
                SessionKind kind = SessionKind.valueOf(rows.getString("kind"));
                TimelineFacts facts = new TimelineFacts(kind, rows.getBoolean("cancelled"),
                        instant(rows, "ends_at"), rows.getBoolean("sheet"), rows.getBoolean("attended"),
                        instant(rows, "due_at"), rows.getBoolean("handed_in"), rows.getBoolean("handed_late"),
                        rows.getBoolean("codev_finished"), rows.getBoolean("took_part"), rows.getBoolean("hosted"),
                        rows.getBoolean("visited"));
                entries.add(new TimelineEntry(rows.getLong("id"), rows.getString("title"), kind,
                        rows.getString("phase"), instant(rows, "starts_at"), facts.outcome(now)));
            }
            return entries;
        });
    }

    @Override
    public List<Long> cohortsRunningIn(LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", from);
        p.put("to", to);
        return query(NamedSql.of("select id from cohort where start_date <= :to and end_date >= :from order by id", p),
                rows -> {
                    List<Long> ids = new ArrayList<>();
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                    return ids;
                });
    }

    private static Counts counts(ResultSet rows) throws SQLException {
        Map<String, Long> v = new LinkedHashMap<>();
        for (String column : List.of("sessions_expected", "sessions_attended", "work_due", "work_on_time", "work_late",
                "work_early", "codev_held", "client_turns", "commitments_due", "commitments_kept", "commitments_overdue",
                "visits_hosted", "visits_made", "resources_read")) {
            v.put(column, rows.getLong(column));
        }
        return new Counts(v.get("sessions_expected"), v.get("sessions_attended"), v.get("work_due"),
                v.get("work_on_time"), v.get("work_late"), v.get("work_early"), v.get("codev_held"),
                v.get("client_turns"), v.get("commitments_due"), v.get("commitments_kept"),
                v.get("commitments_overdue"), v.get("visits_hosted"), v.get("visits_made"), v.get("resources_read"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        LocalDateTime value = rows.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T query(NamedSql sql, Reader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = sql.prepare(connection);
                ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Monitoring query failed: " + e.getMessage(), e);
        }
    }
}
