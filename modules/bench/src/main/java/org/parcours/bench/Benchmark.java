package org.parcours.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.parcours.launcher.EmbeddedMariaDb;

/**
 * The benchmark, one scale after the other: a database generated at that scale (kept in
 * {@code <dir>/<scale>x} and reused by the next run), Parcours started on it by its launcher, the
 * generated accounts signed in, every page warmed up, then each page loaded in turn by the same number
 * of concurrent users for a fixed time while the database's statement counters and the server's
 * resident memory are read. The trivial endpoint is measured the same way in the same run.
 */
public final class Benchmark {

    private final Map<String, String> options;
    private final int users;
    private final Duration measure;
    private final Duration warmup;
    private final List<Page> pages;

    private Benchmark(Map<String, String> options) {
        this.options = options;
        this.users = Integer.parseInt(options.getOrDefault("users", "50"));
        this.measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "20")));
        this.warmup = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "10")));
        String only = options.get("pages");
        List<Page> chosen = new ArrayList<>();
        chosen.add(Page.CEILING);
        Page.MAIN.stream()
                .filter(p -> only == null || Arrays.stream(only.split(",")).anyMatch(w -> p.name().contains(w.trim())))
                .forEach(chosen::add);
        this.pages = List.copyOf(chosen);
    }

    public static void main(String[] args) throws Exception {
        Generate.quietMariaDb4j();
        Map<String, String> options = Options.parse(args);
        Benchmark benchmark = new Benchmark(options);
        Path dir = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath().normalize();
        Path report = Path.of(options.getOrDefault("report", "benchmarks.md")).toAbsolutePath().normalize();
        Report results = new Report(Machine.describe(), benchmark.users, benchmark.measure, benchmark.warmup,
                options.get("heap"));
        for (String scale : options.getOrDefault("scales", "1,100").split(",")) {
            results.add(benchmark.run(Integer.parseInt(scale.trim()), dir));
            results.machineAfter(Machine.loadAverage());
            results.writeInto(report);
        }
        System.out.println(results.markdown());
        System.out.println("Written to " + report);
    }

    private Report.Scale run(int scale, Path dir) throws Exception {
        Path home = dir.resolve(scale + "x");
        boolean fresh = !Files.exists(home.resolve(Fixture.FILE));
        if (fresh) {
            deleteTree(home);
        }
        Report.Scale result = new Report.Scale(scale);
        try (EmbeddedMariaDb db = Generate.startDatabase(home)) {
            Fixture fixture;
            if (fresh) {
                long started = System.nanoTime();
                fixture = Generate.fill(db, home, scale, Math.max(users, Generate.DEFAULT_USERS));
                result.generationSeconds = (System.nanoTime() - started) / 1e9;
            } else {
                fixture = Fixture.read(home.resolve(Fixture.FILE));
                System.out.println("Reusing the " + scale + "x database in " + home);
            }
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
                result.rows = Report.countRows(connection);
                Map<String, Target> targets = targets(connection, fixture);
                System.out.printf(Locale.ROOT, "Starting Parcours on the %dx database...%n", scale);
                try (ServerUnderTest server = ServerUnderTest.start(db, home.resolve("server"), path("war"), path("payara"),
                        options.get("heap"))) {
                    result.coldStartSeconds = server.coldStartSeconds();
                    result.rssIdleMb = server.rssMegabytes().orElse(Double.NaN);
                    System.out.printf(Locale.ROOT, "Ready in %.1f s. Signing in %d users per role...%n",
                            server.coldStartSeconds(), users);
                    Map<String, List<VirtualUser>> crowds = signIn(server.base(), fixture, targets);
                    DbCounters counters = new DbCounters(connection);
                    for (Page page : pages) {
                        List<VirtualUser> crowd = crowds.get(page.role() == null ? "territory" : page.role());
                        for (VirtualUser user : crowd) {
                            user.prepare(page);
                        }
                        Load.run(page, crowd, warmup);
                    }
                    for (Page page : pages) {
                        List<VirtualUser> crowd = crowds.get(page.role() == null ? "territory" : page.role());
                        for (VirtualUser user : crowd) {
                            user.prepare(page);
                        }
                        RssSampler rss = RssSampler.start(server);
                        Map<String, Long> before = counters.read();
                        Load.Result load = Load.run(page, crowd, measure);
                        Map<String, Long> after = counters.read();
                        result.add(page, load, counters.delta(before, after), rss.stop());
                        System.out.printf(Locale.ROOT, "  %-40s %8.1f req/s  p95 %7.1f ms  %s%n", page.name(),
                                load.throughput(), load.percentileMillis(0.95),
                                load.errors() == 0 ? "" : load.errors() + " errors " + load.errorReasons());
                    }
                }
            }
        }
        return result;
    }

    private Path path(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException("Missing --" + option + "=<path>");
        }
        return Path.of(value).toAbsolutePath();
    }

    /** What each account looks at: its cohort and territory, a finished co-development session, the feed. */
    private static Map<String, Target> targets(Connection connection, Fixture fixture) throws SQLException {
        Map<String, Target> targets = new LinkedHashMap<>();
        Map<Long, Long> coDevOfCohort = new java.util.HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT cs.id FROM codev_session cs JOIN codev_group g ON g.id = cs.group_id "
                        + "WHERE g.cohort_id = ? ORDER BY cs.status = 'FINISHED' DESC, cs.id DESC LIMIT 1")) {
            for (Fixture.User user : fixture.users) {
                long coDev = coDevOfCohort.computeIfAbsent(user.cohortId(), cohort -> {
                    try {
                        query.setLong(1, cohort);
                        try (ResultSet rs = query.executeQuery()) {
                            return rs.next() ? rs.getLong(1) : 0L;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                targets.put(user.username(), new Target(user.cohortId(), user.territoryId(), coDev,
                        Fixture.feedToken(user.territoryId())));
            }
        }
        return targets;
    }

    /** Signs in the accounts of every role the pages need, several at a time (each sign-in costs a PBKDF2 hash). */
    private Map<String, List<VirtualUser>> signIn(URI base, Fixture fixture, Map<String, Target> targets)
            throws InterruptedException {
        Map<String, List<VirtualUser>> crowds = new LinkedHashMap<>();
        List<String> roles = Stream.concat(Stream.of("territory"), pages.stream().map(Page::role))
                .filter(java.util.Objects::nonNull).distinct().toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> signIns = new ArrayList<>();
        for (String role : roles) {
            List<Fixture.User> accounts = fixture.withRole(role);
            List<VirtualUser> crowd = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                Fixture.User account = accounts.get(i % accounts.size());
                VirtualUser user = new VirtualUser(base, account, targets.get(account.username()));
                crowd.add(user);
                signIns.add(pool.submit(() -> {
                    // A sign-in is sometimes answered 403 under concurrent load (see docs/benchmarks.md):
                    // try again a few times, and say so.
                    for (int attempt = 1; ; attempt++) {
                        try {
                            user.signIn();
                            return null;
                        } catch (IllegalStateException refused) {
                            System.out.println("  sign-in attempt " + attempt + ": " + refused.getMessage());
                            if (attempt == 5) {
                                throw refused;
                            }
                        }
                    }
                }));
            }
            crowds.put(role, crowd);
        }
        try {
            for (Future<?> signIn : signIns) {
                signIn.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Signing in failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        return crowds;
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
