package org.parcours.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.domain.calendar.CalendarToken;

/**
 * What the generator made for the benchmark: its scale and the accounts it signs in as, with the
 * cohort and territory each one looks at. Written next to the database ({@value #FILE}) so that the
 * benchmark can reuse a database generated earlier.
 */
final class Fixture {

    static final String FILE = "bench-fixture.csv";
    /** The password of every generated account. */
    static final String PASSWORD = "parcours-bench";

    /** An account: its role code (admin, facilitator, partner, territory) and what it looks at. */
    record User(String username, String role, long cohortId, long territoryId) {
    }

    final int scale;
    final int cohorts;
    final int territories;
    final List<User> users = new ArrayList<>();
    Map<String, Long> rows = Map.of();

    Fixture(int scale, int cohorts, int territories) {
        this.scale = scale;
        this.cohorts = cohorts;
        this.territories = territories;
    }

    void add(User user) {
        users.add(user);
    }

    List<User> withRole(String role) {
        return users.stream().filter(u -> u.role().equals(role)).toList();
    }

    /**
     * The secret address of a territory's calendar feed: fixed for the benchmark's territories (43
     * characters of the token alphabet), so that a generated database can be benchmarked again.
     */
    static String feedToken(long territoryId) {
        return String.format("benchfeed%034d", territoryId);
    }

    /** Stores the feed tokens of the benchmark's territories, hashed as the application stores them. */
    void tokens(BatchInserts out) throws SQLException {
        var token = out.table("calendar_token", "id", "owner_kind", "owner_id", "token_hash", "created_at");
        Set<Long> territoriesWithFeed = new LinkedHashSet<>();
        users.forEach(u -> territoriesWithFeed.add(u.territoryId()));
        long id = 1;
        for (long territory : territoriesWithFeed) {
            token.add(id++, "TERRITORY", territory, CalendarToken.hash(feedToken(territory)),
                    LocalDateTime.now(ZoneOffset.UTC));
        }
        out.flush();
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# scale=" + scale + " cohorts=" + cohorts + " territories=" + territories);
        lines.add("username,role,cohort,territory");
        users.forEach(u -> lines.add(u.username() + "," + u.role() + "," + u.cohortId() + "," + u.territoryId()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static Fixture read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Integer> head = new java.util.HashMap<>();
        for (String part : lines.get(0).substring(2).split(" ")) {
            String[] kv = part.split("=");
            head.put(kv[0], Integer.parseInt(kv[1]));
        }
        Fixture fixture = new Fixture(head.get("scale"), head.get("cohorts"), head.get("territories"));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(",");
            fixture.add(new User(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
        return fixture;
    }
}
