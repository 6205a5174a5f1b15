package org.parcours.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page (or endpoint) of the benchmark: who asks for it (a role whose generated accounts are signed
 * in, or nobody) and how to ask for it for one of them. The list is {@link #MAIN}: one line per page.
 */
record Page(String name, String role, Function<Target, String> path, String scheduleComponent, String expect) {

    /** The trivial endpoint of the same server: the ceiling every page is compared with. */
    static final Page CEILING = get("trivial endpoint: /health/live", null, t -> "/health/live", "UP");

    /**
     * The main pages: a territory's page and calendar (the page, then the month's events as the
     * calendar loads them), a cohort's schedule (idem), a co-development session run by its animateur,
     * the facilitator's cohort dashboard and the partner's dashboard, the learning visits of a cohort, a
     * territory's iCalendar feed and the API's cohort. Add a page with one line.
     */
    static final List<Page> MAIN = List.of(
            get("territory page", "territory", t -> "/territories/view.xhtml?id=" + t.territoryId(), "<h1"),
            get("territory calendar", "territory", t -> "/schedule/calendar.xhtml?territory=" + t.territoryId(), "calendarForm"),
            events("territory calendar: month's events", "territory",
                    t -> "/schedule/calendar.xhtml?territory=" + t.territoryId(), "calendarForm:schedule"),
            get("cohort schedule", "facilitator", t -> "/schedule/cohort.xhtml?id=" + t.cohortId(), "calendarForm"),
            events("cohort schedule: month's events", "facilitator",
                    t -> "/schedule/cohort.xhtml?id=" + t.cohortId(), "calendarForm:schedule"),
            get("facilitator dashboard (cohort)", "facilitator", t -> "/monitoring/cohort.xhtml?id=" + t.cohortId(), "<h1"),
            get("partner dashboard", "partner", t -> "/monitoring/index.xhtml", "<h1"),
            get("co-development session", "facilitator", t -> "/codev/session.xhtml?id=" + t.coDevSessionId(), "<h1"),
            get("learning visits of a cohort", "territory", t -> "/visits/index.xhtml?cohort=" + t.cohortId(), "<h1"),
            get("iCal feed of a territory", null, t -> "/feeds/" + t.feedToken() + ".ics", "BEGIN:VCALENDAR"),
            get("API: GET /api/cohorts/{id}", "partner", t -> "/api/cohorts/" + t.cohortId(), "\"id\""));

    /** A GET whose answer must be 200 and contain {@code expect}. */
    static Page get(String name, String role, Function<Target, String> path, String expect) {
        return new Page(name, role, path, null, expect);
    }

    /**
     * The events a PrimeFaces schedule loads for the visible month: the page is opened once per user,
     * then its schedule's partial request is what is measured.
     */
    static Page events(String name, String role, Function<Target, String> page, String scheduleComponent) {
        return new Page(name, role, page, scheduleComponent, "\"events\"");
    }

    boolean isPartial() {
        return scheduleComponent != null;
    }

    HttpRequest.Builder request(URI base, Target target, Prepared prepared) {
        if (!isPartial()) {
            return HttpRequest.newBuilder(base.resolve(path.apply(target))).GET();
        }
        String id = scheduleComponent;
        LocalDate first = LocalDate.now(ZoneId.of("Europe/Paris")).withDayOfMonth(1);
        Map<String, String> form = new LinkedHashMap<>(prepared.hiddenFields());
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", id);
        form.put("jakarta.faces.partial.execute", id);
        form.put("jakarta.faces.partial.render", id);
        form.put(id, id);
        form.put(id + "_event", "true");
        form.put(id + "_start", first.minusDays(7) + "T00:00:00.000Z");
        form.put(id + "_end", first.plusDays(42) + "T00:00:00.000Z");
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(prepared.action()))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What a partial request needs from the page it was opened on: the form's action and hidden fields. */
    record Prepared(String action, Map<String, String> hiddenFields) {
    }
}
