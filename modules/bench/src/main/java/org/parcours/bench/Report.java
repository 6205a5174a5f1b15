package org.parcours.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results as Markdown, the scales side by side, with the targets each figure is held
 * to. Written into the report file between two markers, so the analysis around them is kept.
 */
final class Report {

    static final String START = "<!-- benchmark results: start (written by ./mvnw -Pbench) -->";
    static final String END = "<!-- benchmark results: end -->";
    static final double P95_TARGET_MS = 150;
    static final double P99_TARGET_MS = 400;
    static final double SQL_TARGET = 10;
    static final double RATIO_TARGET = 0.25;
    static final double COLD_START_TARGET_S = 20;
    static final double RSS_TARGET_MB = 768;
    private static final String[] TABLES = {"territory", "cohort", "path_session", "attendance", "submission",
        "codev_session", "learning_visit", "visit_registration", "resource"};

    private final String machine;
    private final int users;
    private final Duration measure;
    private final Duration warmup;
    private final String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    private final List<Scale> scales = new ArrayList<>();
    private final List<String> loadAfter = new ArrayList<>();

    /** The server's maximum heap as given to the launcher, or null for the launcher's default. */
    private final String heap;

    Report(String machine, int users, Duration measure, Duration warmup, String heap) {
        this.machine = machine;
        this.heap = heap;
        this.users = users;
        this.measure = measure;
        this.warmup = warmup;
    }

    void add(Scale scale) {
        scales.add(scale);
    }

    void machineAfter(String loadAverage) {
        loadAfter.add(loadAverage);
    }

    /** One page at one scale. */
    record PageResult(Page page, Load.Result load, Map<String, Long> sql, double rssMaxMb) {

        double perRequest(String counter) {
            return load.requests() == 0 ? Double.NaN : (double) sql.get(counter) / load.requests();
        }
    }

    /** Everything measured at one scale. */
    static final class Scale {
        final int scale;
        double generationSeconds = Double.NaN;
        double coldStartSeconds = Double.NaN;
        double rssIdleMb = Double.NaN;
        Map<String, Long> rows = Map.of();
        final List<PageResult> pages = new ArrayList<>();

        Scale(int scale) {
            this.scale = scale;
        }

        void add(Page page, Load.Result load, Map<String, Long> sql, double rssMaxMb) {
            pages.add(new PageResult(page, load, sql, rssMaxMb));
        }

        double ceiling() {
            return pages.stream().filter(p -> p.page() == Page.CEILING).mapToDouble(p -> p.load().throughput())
                    .findFirst().orElse(Double.NaN);
        }

        double rssMaxMb() {
            return pages.stream().mapToDouble(PageResult::rssMaxMb).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        }
    }

    static Map<String, Long> countRows(Connection connection) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        return rows;
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Run of ").append(date).append("\n\n");
        md.append("- Command: `./mvnw -Pbench").append(heap == null ? "" : " -Dbench.heap=" + heap).append("` (").append(users).append(" concurrent signed-in users per page, ")
                .append(measure.toSeconds()).append(" s measured per page after ").append(warmup.toSeconds())
                .append(" s of warm-up; pages one after the other; server heap ")
                .append(heap == null ? "the launcher's default" : heap).append(")\n");
        md.append("- Machine: ").append(machine).append("\n");
        md.append("- Load average after each scale: ").append(String.join("; ", loadAfter)).append("\n\n");

        md.append("| | ").append(join(s -> s.scale + "x")).append(" |\n");
        md.append("|---|").append("---|".repeat(scales.size())).append("\n");
        for (String table : TABLES) {
            md.append("| rows in `").append(table).append("` | ")
                    .append(join(s -> String.format(Locale.ROOT, "%,d", s.rows.getOrDefault(table, 0L)))).append(" |\n");
        }
        md.append("| generation | ").append(join(s -> Double.isNaN(s.generationSeconds) ? "reused"
                : String.format(Locale.ROOT, "%.0f s", s.generationSeconds))).append(" |\n");
        md.append("| cold start (launcher to ready) | ").append(join(s -> mark(String.format(Locale.ROOT, "%.1f s",
                s.coldStartSeconds), s.coldStartSeconds <= COLD_START_TARGET_S))).append(" |\n");
        md.append("| server RSS idle / highest under load | ").append(join(s -> mark(String.format(Locale.ROOT,
                "%.0f / %.0f MB", s.rssIdleMb, s.rssMaxMb()), s.rssMaxMb() <= RSS_TARGET_MB))).append(" |\n");
        md.append("| trivial endpoint throughput | ").append(join(s -> String.format(Locale.ROOT, "%.0f req/s",
                s.ceiling()))).append(" |\n\n");

        md.append("| page | scale | req/s | % of trivial | p50 ms | p95 ms | p99 ms | SELECT / req | statements / req | errors |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Page> pages = scales.isEmpty() ? List.of() : scales.get(0).pages.stream().map(PageResult::page).toList();
        for (Page page : pages) {
            for (Scale scale : scales) {
                scale.pages.stream().filter(p -> p.page() == page).findFirst().ifPresent(p -> row(md, scale, p));
            }
        }
        md.append("\nTargets (2 cores, 100x, ").append(users).append(" users): p95 <= ").append((int) P95_TARGET_MS)
                .append(" ms, p99 <= ").append((int) P99_TARGET_MS).append(" ms, throughput >= ")
                .append((int) (RATIO_TARGET * 100)).append(" % of the trivial endpoint, at most ").append((int) SQL_TARGET)
                .append(" statements per request and the same at every scale, cold start <= ")
                .append((int) COLD_START_TARGET_S).append(" s, RSS <= ").append((int) RSS_TARGET_MB)
                .append(" MB. A figure that misses its target is marked ✗.\n");
        return md.toString();
    }

    private static void row(StringBuilder md, Scale scale, PageResult p) {
        Load.Result load = p.load();
        boolean ceiling = p.page() == Page.CEILING;
        double ratio = load.throughput() / scale.ceiling();
        double p95 = load.percentileMillis(0.95);
        double p99 = load.percentileMillis(0.99);
        double selects = p.perRequest("Com_select");
        double statements = p.perRequest("Questions");
        // The server's own background work (pool, scheduled jobs) adds a few statements to the global
        // counters over a run: judged per whole statement, so 10.004 per request is 10, not over 10.
        boolean statementsMet = Math.round(statements) <= SQL_TARGET;
        md.append("| ").append(p.page().name()).append(" | ").append(scale.scale).append("x | ")
                .append(String.format(Locale.ROOT, "%.1f", load.throughput())).append(" | ")
                .append(ceiling ? "100 %" : mark(String.format(Locale.ROOT, "%.0f %%", ratio * 100), ratio >= RATIO_TARGET))
                .append(" | ").append(String.format(Locale.ROOT, "%.1f", load.percentileMillis(0.5))).append(" | ")
                .append(mark(String.format(Locale.ROOT, "%.1f", p95), p95 <= P95_TARGET_MS)).append(" | ")
                .append(mark(String.format(Locale.ROOT, "%.1f", p99), p99 <= P99_TARGET_MS)).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f", selects)).append(" | ")
                .append(mark(String.format(Locale.ROOT, "%.2f", statements), statementsMet)).append(" | ")
                .append(load.errors() == 0 ? "0" : load.errors() + " " + load.errorReasons()).append(" |\n");
    }

    private static String mark(String text, boolean met) {
        return met ? text : text + " ✗";
    }

    private String join(java.util.function.Function<Scale, String> cell) {
        return String.join(" | ", scales.stream().map(cell).toList());
    }

    /** Puts the results between the markers of the file (appended at its end the first time). */
    void writeInto(Path file) throws IOException {
        String block = START + "\n" + markdown() + END;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start >= 0 && end > start) {
            text = text.substring(0, start) + block + text.substring(end + END.length());
        } else {
            text = text + (text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
