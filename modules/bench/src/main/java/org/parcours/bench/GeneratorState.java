package org.parcours.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the generator's areas share while they fill one database: the scale, the clock, the one seeded
 * random source, the next identifier of every table (assigned here, the tables start empty), who belongs
 * where, and the rows every area writes (a session of the schedule, an attendance). One instance per
 * run, used in a fixed order, so that the same scale gives the same rows.
 */
final class GeneratorState {

    static final int MEMBERS_PER_TERRITORY = 5;
    static final int GROUP_SIZE = 6;
    static final String[] PHASES = {"Faire émerger les besoins", "Co-construire des solutions",
        "Évaluer les résultats"};
    static final String[] THEMES = {"HYBRID_MODELS", "DIGITALISATION", "SKILLS", "EVALUATION"};
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "LATE", "EXCUSED", "ABSENT"};
    static final String LOREM = "Retour d'expérience du territoire, pistes d'action et points de vigilance "
            + "partagés par le groupe ; ce qui a marché, ce qui reste à construire et les prochaines étapes. ";

    final int scale;
    final int cohorts;
    final int territories;
    final int benchUsers;
    final LocalDate today;
    final LocalDateTime now;
    final Random random = new Random(20261126L);

    long nextPerson = 1;
    long nextSession = 1;
    long nextAttendance = 1;
    long nextAssignment = 1;
    long nextSubmission = 1;
    long nextGroup = 1;
    long nextCoDev = 1;
    long nextVisit = 1;
    long nextRegistration = 1;
    long nextSpeakers = 1;
    long nextResource = 1;
    long nextKit = 1;

    /** Per cohort: its territories; per territory: its members' ids; per cohort: its facilitator. */
    final List<List<Long>> territoriesOfCohort = new ArrayList<>();
    final long[][] membersOfTerritory;
    final long[] facilitatorOfCohort;

    GeneratorState(int scale, int benchUsers, LocalDate today) {
        if (scale < 1) {
            throw new IllegalArgumentException("The scale is a whole number of cohorts, at least 1");
        }
        this.scale = scale;
        this.cohorts = scale;
        this.territories = scale == 1 ? 12 : (int) Math.round(12.5 * scale);
        this.benchUsers = benchUsers;
        this.today = today;
        this.now = LocalDateTime.now(ZoneOffset.UTC);
        this.membersOfTerritory = new long[territories + 1][];
        this.facilitatorOfCohort = new long[cohorts + 1];
    }

    /** Cohorts started by today (ids 1..n): the ones the benchmark's people follow. */
    int runningCohorts() {
        int running = 0;
        for (int c = 1; c <= cohorts; c++) {
            if (!startOf(c).isAfter(today)) {
                running++;
            }
        }
        return Math.max(1, running);
    }

    /** Cohort c (1-based): the first started 240 days ago, the others one after another since, the last today. */
    LocalDate startOf(int cohort) {
        return today.minusDays(240).plusDays((long) (cohort - 1) * 240 / cohorts);
    }

    int cohortOf(long territory) {
        return (int) ((territory - 1) % cohorts) + 1;
    }

    long territoryOfMember(long member) {
        return (member - 1) / MEMBERS_PER_TERRITORY + 1;
    }

    boolean over(LocalDateTime start) {
        return start.isBefore(now);
    }

    /** A session of the cohort's schedule (every area's sessions are in it), with the cohort's facilitator. */
    long session(BatchInserts out, int c, String kind, String title, LocalDateTime start, int hours,
            boolean wholeCohort) throws SQLException {
        long id = nextSession++;
        String format = switch (kind) {
            case "WEBINAR" -> "REMOTE";
            case "CODEV_WORKSHOP", "TESTIMONY" -> id % 3 == 0 ? "HYBRID" : "REMOTE";
            default -> "IN_PERSON";
        };
        boolean inPerson = !format.equals("REMOTE");
        boolean remote = !format.equals("IN_PERSON");
        out.table("path_session", "id", "version", "uid", "cohort_id", "title", "kind", "format", "phase",
                "starts_at", "ends_at", "venue_name", "venue_address", "venue_capacity", "video_link", "agenda",
                "whole_cohort", "seq_no", "cancelled")
                .add(id, 0, "bench-" + id + "@parcours", c, title, kind, format, PHASES[(int) (id % 3)], start,
                        start.plusHours(hours), inPerson ? "Maison des territoires" : null,
                        inPerson ? "1 place de la République, 75003 Paris" : null, inPerson ? 80 : null,
                        remote ? "https://visio.bench.test/s/" + id : null,
                        "Accueil ; travail en sous-groupes ; restitution ; prochaines étapes.", wholeCohort, 0,
                        id % 97 == 0);
        out.table("session_facilitator", "session_id", "person_id").add(id, facilitatorOfCohort[c]);
        return id;
    }

    void attendance(BatchInserts out, long session, long member, LocalDateTime start) throws SQLException {
        out.table("attendance", "id", "version", "session_id", "member_id", "status", "marked_at", "self_registered")
                .add(nextAttendance++, 0, session, member, STATUSES[(int) ((session + member) % STATUSES.length)],
                        start.plusMinutes(10), member % 4 == 0);
    }
}
