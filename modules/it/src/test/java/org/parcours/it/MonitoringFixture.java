package org.parcours.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A cohort of two territories with known facts, written straight into the database, days counted
 * back from today so that every fact is in the past (or, where meant, still to come). The expected
 * indicators, worked out by hand from these facts:
 *
 * <pre>
 *                         Alpha           Beta
 * sessions held (sheet)   4               4        (S1-S4; S5 has no sheet, S6 is to come, S7 cancelled)
 * attended                3 (75 %)        1 (25 %) (Beta missed S3 and S4: alert)
 * webinars only           1/1 (100 %)     0/1
 * work due / on time      2 / 1           2 / 1
 * late / missing / early  1 / 0 / 1       0 / 1 / 0 (alert: 1 overdue)
 * co-development held     2               2
 * client turns            1               1
 * commitments due / kept  1 / 1           1 / 0 (overdue: alert)
 * visits hosted / made    1 / 0           1 / 1
 * resources read          2               0
 * milestones plan/reached 6 / 6 ON_TRACK  6 / 2 LATE
 * </pre>
 */
final class MonitoringFixture {

    static final String COHORT = "Cohorte suivi des indicateurs";
    static final String ALPHA = "Suivi Alpha";
    static final String BETA = "Suivi Beta";
    /** Confidential words that must never reach a partner. */
    static final String CODEV_SECRET = "Secret du groupe : le budget caché de la régie";
    static final String WORK_SECRET = "Texte privé du travail personnel d'Alpha";

    long cohort;
    long alpha;
    long beta;
    LocalDate today;

    private MonitoringFixture() {
    }

    /** Creates the cohort once (found by name afterwards), followed by paul and run by claire. */
    static MonitoringFixture create(Connection db) throws SQLException {
        MonitoringFixture f = new MonitoringFixture();
        f.today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Long existing = find(db, "select id from cohort where name = ?", COHORT);
        if (existing != null) {
            f.cohort = existing;
            f.alpha = find(db, "select id from territory where name = ?", ALPHA);
            f.beta = find(db, "select id from territory where name = ?", BETA);
            return f;
        }
        f.cohort = insert(db, "insert into cohort (version, name, start_date, end_date) values (0, ?, ?, ?)", COHORT,
                f.today.minusDays(60), f.today.minusDays(60).plusMonths(9));
        f.alpha = insert(db, "insert into territory (version, name, kind, region, demo) values (0, ?, 'MUNICIPALITY', 'Bretagne', false)", ALPHA);
        f.beta = insert(db, "insert into territory (version, name, kind, region, demo) values (0, ?, 'MUNICIPALITY', 'Occitanie', false)", BETA);
        for (long t : new long[] {f.alpha, f.beta}) {
            insert(db, "insert into cohort_territory (cohort_id, territory_id) values (?, ?)", f.cohort, t);
        }
        insert(db, "insert into cohort_partner (cohort_id, person_id) values (?, (select id from person where username = 'paul'))", f.cohort);
        insert(db, "insert into cohort_facilitator (cohort_id, person_id) values (?, (select id from person where username = 'claire'))", f.cohort);
        long a1 = member(db, f.alpha, "Alice Alpha", "alice@alpha.suivi.test");
        long a2 = member(db, f.alpha, "Albert Alpha", "albert@alpha.suivi.test");
        long b1 = member(db, f.beta, "Bruno Beta", "bruno@beta.suivi.test");

        long s1 = f.session(db, "S1 Atelier", "COLLECTIVE_WORKSHOP", -50, true, false);
        long s2 = f.session(db, "S2 Atelier", "COLLECTIVE_WORKSHOP", -40, true, false);
        long s3 = f.session(db, "S3 Témoignage", "TESTIMONY", -30, true, false);
        long s4 = f.session(db, "S4 Webinaire", "WEBINAR", -20, true, false);
        f.session(db, "S5 Atelier sans feuille", "COLLECTIVE_WORKSHOP", -10, true, false);
        long s6 = f.session(db, "S6 Atelier à venir", "COLLECTIVE_WORKSHOP", 10, true, false);
        long s7 = f.session(db, "S7 Atelier annulé", "COLLECTIVE_WORKSHOP", -15, true, true);
        attend(db, s1, a1, "PRESENT");
        attend(db, s1, b1, "PRESENT");
        attend(db, s2, a2, "LATE");
        attend(db, s2, b1, "EXCUSED");
        attend(db, s3, a1, "ABSENT");
        attend(db, s3, a2, "ABSENT");
        attend(db, s3, b1, "ABSENT");
        attend(db, s4, a1, "PRESENT");
        attend(db, s4, b1, "ABSENT");
        attend(db, s7, a1, "ABSENT"); // a cancelled session never counts
        attend(db, s7, b1, "ABSENT");

        long w1 = f.work(db, "W1", -45, -38);
        long w2 = f.work(db, "W2", -25, -18);
        long w3 = f.work(db, "W3", 5, 12);
        f.submit(db, w1, f.alpha, -39, false, WORK_SECRET);
        f.submit(db, w2, f.alpha, -17, true, "Alpha, en retard");
        f.submit(db, w3, f.alpha, -1, false, "Alpha, en avance");
        f.submit(db, w2, f.beta, -19, false, "Beta, à l'heure");

        long claire = find(db, "select id from person where username = 'claire'");
        long group = insert(db, "insert into codev_group (version, cohort_id, name, theme, animateur_id) values (0, ?, 'Groupe suivi', 'SKILLS', ?)",
                f.cohort, claire);
        insert(db, "insert into codev_group_member (group_id, member_id) values (?, ?)", group, a1);
        insert(db, "insert into codev_group_member (group_id, member_id) values (?, ?)", group, b1);
        long c1 = f.codev(db, group, -35, a1, "FINISHED", f.today.minusDays(5), "DONE");
        long c2 = f.codev(db, group, -12, b1, "FINISHED", f.today.minusDays(2), null);
        f.codev(db, group, 14, a1, "PLANNED", null, null);
        for (long c : new long[] {c1, c2}) {
            insert(db, "insert into codev_session_participant (codev_session_id, member_id) values (?, ?)", c, a1);
            insert(db, "insert into codev_session_participant (codev_session_id, member_id) values (?, ?)", c, b1);
        }

        long v1 = f.visit(db, f.alpha, -8, claire);
        long v2 = f.visit(db, f.beta, 20, claire);
        long v3 = f.visit(db, f.beta, -28, claire);
        register(db, v1, b1, "REGISTERED", 1);
        register(db, v1, a2, "REGISTERED", 2); // the host's own team: not a visit made
        register(db, v2, a1, "REGISTERED", 1); // still to come
        register(db, v3, a1, "CANCELLED", 1);

        long reader = insert(db, "insert into person (version, username, display_name, email, active) values (0, 'alice.suivi', 'Alice Alpha', 'alice@alpha.suivi.test', true)");
        for (int i = 1; i <= 3; i++) {
            long resource = insert(db, "insert into resource (version, nature, type, title, summary, author, pub_year, url, status, created_by, created_at) "
                    + "values (0, 'METHOD', 'LINK', ?, 'Résumé', 'Auteur', 2025, 'https://example.org/r', 'APPROVED', 'claire', ?)",
                    "Ressource suivi " + i, at(f.today.minusDays(100), 9));
            // The third was read before the cohort's period: outside a period starting with it.
            LocalDate read = i == 3 ? f.today.minusDays(70) : f.today.minusDays(3 * i);
            insert(db, "insert into resource_mark (resource_id, person_id, read_at, useful) values (?, ?, ?, false)",
                    resource, reader, at(read, 10));
        }
        return f;
    }

    private long session(Connection db, String title, String kind, int days, boolean whole, boolean cancelled)
            throws SQLException {
        LocalDate day = today.plusDays(days);
        return insert(db, "insert into path_session (version, uid, cohort_id, title, kind, format, phase, starts_at, ends_at, "
                + "whole_cohort, seq_no, cancelled) values (0, ?, ?, ?, ?, 'REMOTE', 'Faire émerger les besoins', ?, ?, ?, 0, ?)",
                "suivi-" + title.replace(' ', '-') + "-" + cohort + "@parcours.test", cohort, title, kind,
                at(day, 9), at(day, 11), whole, cancelled);
    }

    private long work(Connection db, String title, int days, int dueDays) throws SQLException {
        long session = session(db, "Travail " + title, "INDIVIDUAL_WORK", days, true, false);
        return insert(db, "insert into assignment (version, session_id, instructions, due_at) values (0, ?, 'Consigne', ?)",
                session, at(today.plusDays(dueDays), 18));
    }

    private void submit(Connection db, long assignment, long territory, int days, boolean late, String body)
            throws SQLException {
        insert(db, "insert into submission (version, assignment_id, territory_id, body, submitted_at, late, submitted_by) "
                + "values (0, ?, ?, ?, ?, ?, 'test')", assignment, territory, body, at(today.plusDays(days), 12), late);
    }

    private long codev(Connection db, long group, int days, long client, String status, LocalDate due, String outcome)
            throws SQLException {
        long session = session(db, "Codev " + days, "CODEV_WORKSHOP", days, false, false);
        insert(db, "insert into session_territory (session_id, territory_id) values (?, ?)", session, alpha);
        insert(db, "insert into session_territory (session_id, territory_id) values (?, ?)", session, beta);
        return insert(db, "insert into codev_session (version, group_id, session_id, client_id, status, minutes_presentation, "
                + "minutes_clarification, minutes_contract, minutes_consultation, minutes_action_plan, minutes_learnings, "
                + "subject, commitment, commitment_due, commitment_outcome) values (0, ?, ?, ?, ?, 10, 15, 10, 30, 15, 15, ?, ?, ?, ?)",
                group, session, client, status, CODEV_SECRET, due == null ? null : CODEV_SECRET, due, outcome);
    }

    private long visit(Connection db, long host, int days, long proposer) throws SQLException {
        LocalDate day = today.plusDays(days);
        return insert(db, "insert into learning_visit (version, cohort_id, host_id, proposed_by, theme, practice, starts_at, "
                + "ends_at, venue_name, venue_address, programme, places, registration_deadline) "
                + "values (0, ?, ?, ?, 'SKILLS', 'Pratique', ?, ?, 'Mairie', 'Place', 'Programme', 10, ?)",
                cohort, host, proposer, at(day, 9), at(day, 16), day.minusDays(5));
    }

    private static void register(Connection db, long visit, long member, String status, int arrival) throws SQLException {
        insert(db, "insert into visit_registration (visit_id, member_id, status, arrival, registered_at) values (?, ?, ?, ?, ?)",
                visit, member, status, arrival, LocalDateTime.now(ZoneOffset.UTC).minusDays(40));
    }

    private static long member(Connection db, long territory, String name, String email) throws SQLException {
        return insert(db, "insert into member (territory_id, full_name, email, team_role, organisation) values (?, ?, ?, 'OFFICER', null)",
                territory, name, email);
    }

    private static void attend(Connection db, long session, long member, String status) throws SQLException {
        insert(db, "insert into attendance (version, session_id, member_id, status, marked_at, self_registered) "
                + "values (0, ?, ?, ?, ?, false)", session, member, status, LocalDateTime.now(ZoneOffset.UTC));
    }

    /** A Paris wall-clock time of a day, as the UTC date-time the schema stores. */
    static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(ZoneId.of("Europe/Paris")).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static Long find(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }
}
