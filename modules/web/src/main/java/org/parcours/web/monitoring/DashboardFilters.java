package org.parcours.web.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.web.shell.Feedback;

/**
 * The filters of the dashboards as they come in the address (so that a filtered view can be
 * bookmarked, shared and exported as it is): territory text, period (ISO days) and session kind.
 * Without a period, the dashboards cover the cohorts' start to today. A bad value is reported on its
 * field and the default used instead.
 */
public class DashboardFilters implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<SessionKind> KINDS = List.copyOf(MonitoringQuery.COLLECTIVE_KINDS);

    private String q;
    private String from;
    private String to;
    private String kind;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String parameters = "";

    /** The query for these cohorts, or {@code null} when the filters are invalid (errors then say why). */
    MonitoringQuery toQuery(ProgressMonitoring monitoring, Collection<Cohort> cohorts) {
        return toQuery(monitoring, cohorts, Feedback::text);
    }

    /** The same outside a page (exports): errors then hold message keys. */
    MonitoringQuery toQueryWithoutFaces(ProgressMonitoring monitoring, Collection<Cohort> cohorts) {
        return toQuery(monitoring, cohorts, (key, arguments) -> key);
    }

    private MonitoringQuery toQuery(ProgressMonitoring monitoring, Collection<Cohort> cohorts,
            BiFunction<String, Object[], String> text) {
        errors.clear();
        parameters = parametersOf();
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        LocalDate start = cohorts.stream().map(c -> c.getPeriod().getStartDate()).min(LocalDate::compareTo).orElse(today);
        LocalDate defaultFrom = start.isBefore(today.minusDays(MonitoringQuery.MAX_DAYS))
                ? today.minusDays(MonitoringQuery.MAX_DAYS) : start;
        LocalDate fromDay = day("from", from, defaultFrom.isAfter(today) ? today : defaultFrom, text);
        LocalDate toDay = day("to", to, today, text);
        SessionKind sessionKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                sessionKind = SessionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                errors.put("kind", text.apply("monitoring.kind.notCollective", new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return monitoring.query(cohorts.stream().map(Cohort::getId).toList(), q, fromDay, toDay, sessionKind);
        } catch (RuleViolation violation) {
            errors.put(violation.field() == null ? "from" : violation.field(),
                    text.apply(violation.messageKey(), violation.arguments()));
            return null;
        }
    }

    private LocalDate day(String field, String value, LocalDate otherwise, BiFunction<String, Object[], String> text) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, text.apply("monitoring.day.invalid", new Object[0]));
            return otherwise;
        }
    }

    /** The collective kinds one may filter by. */
    public List<SessionKind> getKinds() {
        return KINDS;
    }

    /** The filters as query parameters (for links to exports and drill-downs), empty ones left out. */
    public String getParameters() {
        return parameters;
    }

    private String parametersOf() {
        StringBuilder p = new StringBuilder();
        append(p, "q", q);
        append(p, "from", from);
        append(p, "to", to);
        append(p, "kind", kind);
        return p.toString();
    }

    private static void append(StringBuilder p, String name, String value) {
        if (value != null && !value.isBlank()) {
            p.append('&').append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
