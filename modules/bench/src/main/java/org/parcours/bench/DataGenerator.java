package org.parcours.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty, migrated database with a programme at a given scale. Scale 1 is the pilot (12
 * territories, 1 cohort); scale n has n cohorts of 12 or 13 territories (12.5 n territories). Every
 * cohort gets the same density, so a cohort's or a territory's pages show as much at 1x as at 100x:
 * only the rest of the database grows. Per cohort: about 500 sessions over nine months (workshops,
 * webinars, individual work with hand-ins, co-development in groups of six, learning visits with
 * registrations, testimonies, practical situations), attendance taken for every session that is over,
 * resources of the centre attached to workshops. Cohorts start one after another over the last eight
 * months, so all are running today, from just begun to nearly over. Identifiers are assigned here (the
 * tables start empty).
 */
final class DataGenerator {

    static final int MEMBERS_PER_TERRITORY = 5;
    static final int GROUP_SIZE = 6;
    /** Sessions of each kind per cohort (about 500 in all). */
    static final Map<String, Integer> SESSIONS_PER_COHORT = Map.of(
            "COLLECTIVE_WORKSHOP", 60, "WEBINAR", 60, "INDIVIDUAL_WORK", 60, "CODEV_WORKSHOP", 150,
            "LEARNING_VISIT", 80, "TESTIMONY", 50, "ROLE_PLAY", 40);
    private static final String[] KIND_ORDER = {"COLLECTIVE_WORKSHOP", "WEBINAR", "INDIVIDUAL_WORK",
        "CODEV_WORKSHOP", "LEARNING_VISIT", "TESTIMONY", "ROLE_PLAY"};
    private static final String[] REGIONS = {"Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne",
        "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
        "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur"};
    /** Starting hours (UTC) of the day's sessions. */
    private static final int[] SLOTS = {7, 10, 13};
    private static final String[] TEAM_ROLES = {"ELECTED_OFFICIAL", "OFFICER", "ASSOCIATION", "BUSINESS", "OTHER"};
    private static final String[] PHASES = {"Faire émerger les besoins", "Co-construire des solutions",
        "Évaluer les résultats"};
    private static final String[] THEMES = {"HYBRID_MODELS", "DIGITALISATION", "SKILLS", "EVALUATION"};
    private static final String[] STATUSES = {"PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT",
        "LATE", "EXCUSED", "ABSENT"};
    private static final String LOREM = "Retour d'expérience du territoire, pistes d'action et points de vigilance "
            + "partagés par le groupe ; ce qui a marché, ce qui reste à construire et les prochaines étapes. ";

    private final int scale;
    private final int cohorts;
    private final int territories;
    private final int benchUsers;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random = new Random(20261126L);

    private long nextPerson = 1;
    private long nextSession = 1;
    private long nextAttendance = 1;
    private long nextAssignment = 1;
    private long nextSubmission = 1;
    private long nextGroup = 1;
    private long nextCoDev = 1;
    private long nextVisit = 1;
    private long nextRegistration = 1;
    private long nextSpeakers = 1;
    private long nextResource = 1;
    private long nextKit = 1;

    /** Per cohort: its territories; per territory: its members' ids. */
    private final List<List<Long>> territoriesOfCohort = new ArrayList<>();
    private final long[][] membersOfTerritory;
    private final long[] facilitatorOfCohort;

    DataGenerator(int scale, int benchUsers, LocalDate today) {
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

    int cohorts() {
        return cohorts;
    }

    int territories() {
        return territories;
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

    /** Fills the database; returns the rows written per table and the benchmark's people. */
    Fixture fill(Connection connection) throws SQLException {
        String hash = LocalPasswordHash.of(Fixture.PASSWORD);
        try (BatchInserts out = new BatchInserts(connection)) {
            territoriesAndTeams(out);
            people(out, hash);
            Fixture fixture = benchPeople(out, hash);
            resources(out);
            for (int c = 1; c <= cohorts; c++) {
                cohort(out, c);
            }
            out.flush();
            fixture.tokens(out);
            fixture.rows = out.counts();
            return fixture;
        }
    }

    private void territoriesAndTeams(BatchInserts out) throws SQLException {
        var territory = out.table("territory", "id", "version", "name", "kind", "region", "demo");
        var member = out.table("member", "id", "territory_id", "full_name", "email", "team_role", "organisation");
        var cohortTerritory = out.table("cohort_territory", "cohort_id", "territory_id");
        for (int c = 0; c <= cohorts; c++) {
            territoriesOfCohort.add(new ArrayList<>());
        }
        long memberId = 1;
        for (long t = 1; t <= territories; t++) {
            String region = REGIONS[(int) (t % REGIONS.length)];
            territory.add(t, 0, String.format("Intercommunalité %04d (%s)", t, region),
                    t % 10 == 0 ? "MUNICIPALITY" : "INTERMUNICIPALITY", region, false);
            int cohort = (int) ((t - 1) % cohorts) + 1;
            territoriesOfCohort.get(cohort).add(t);
            cohortTerritory.add(cohort, t);
            membersOfTerritory[(int) t] = new long[MEMBERS_PER_TERRITORY];
            for (int m = 0; m < MEMBERS_PER_TERRITORY; m++) {
                membersOfTerritory[(int) t][m] = memberId;
                member.add(memberId, t, "Membre " + m + " du territoire " + t, memberEmail(t, m), TEAM_ROLES[m],
                        m == 2 ? "Association locale " + t : null);
                memberId++;
            }
        }
    }

    static String memberEmail(long territory, int member) {
        return "m" + member + ".t" + territory + "@territoires.bench.test";
    }

    /** The programme's own facilitators (one per five cohorts) and two national partners following every cohort. */
    private void people(BatchInserts out, String hash) throws SQLException {
        var cohort = out.table("cohort", "id", "version", "name", "start_date", "end_date");
        var cohortFacilitator = out.table("cohort_facilitator", "cohort_id", "person_id");
        var cohortPartner = out.table("cohort_partner", "cohort_id", "person_id");
        int facilitators = Math.max(1, cohorts / 5);
        long firstFacilitator = nextPerson;
        for (int f = 1; f <= facilitators; f++) {
            person(out, "animation-" + f, "Animatrice " + f, "animation-" + f + "@parcours.bench.test", "FACILITATOR", hash);
        }
        long[] partners = {
            person(out, "partenaire-anct", "Partenaire ANCT", "anct@partenaires.bench.test", "PARTNER", hash),
            person(out, "partenaire-fnce", "Partenaire FNCE", "fnce@partenaires.bench.test", "PARTNER", hash)};
        for (int c = 1; c <= cohorts; c++) {
            LocalDate start = startOf(c);
            cohort.add(c, 0, String.format("Cohorte nationale %03d", c), start, start.plusMonths(9));
            facilitatorOfCohort[c] = firstFacilitator + (c - 1) % facilitators;
            cohortFacilitator.add(c, facilitatorOfCohort[c]);
            for (long partner : partners) {
                cohortPartner.add(c, partner);
            }
        }
    }

    private long person(BatchInserts out, String username, String name, String email, String role, String hash)
            throws SQLException {
        long id = nextPerson++;
        out.table("person", "id", "version", "username", "display_name", "email", "password_hash", "active")
                .add(id, 0, username, name, email, hash, true);
        out.table("person_role", "person_id", "role").add(id, role);
        return id;
    }

    /**
     * The people the benchmark signs in as: an admin; one facilitator and one partner per running
     * cohort (at most {@code benchUsers}), added to that cohort's staff, so that a cohort has the two or
     * three facilitators and partners of a real one at every scale (the benchmark's concurrent users
     * share these accounts); and a member of each of {@code benchUsers} territories (as many as there
     * are), spread over the running cohorts.
     */
    private Fixture benchPeople(BatchInserts out, String hash) throws SQLException {
        Fixture fixture = new Fixture(scale, cohorts, territories);
        var cohortFacilitator = out.table("cohort_facilitator", "cohort_id", "person_id");
        var cohortPartner = out.table("cohort_partner", "cohort_id", "person_id");
        person(out, "bench-admin", "Banc Admin", "admin@parcours.bench.test", "ADMIN", hash);
        fixture.add(new Fixture.User("bench-admin", "admin", 1, territoryOfUser(0)));
        int running = runningCohorts();
        for (int i = 0; i < Math.min(benchUsers, running); i++) {
            int cohort = i + 1;
            String n = String.format("%02d", i + 1);
            long facilitator = person(out, "bench-facilitator-" + n, "Banc Animation " + n,
                    "facilitator-" + n + "@parcours.bench.test", "FACILITATOR", hash);
            cohortFacilitator.add(cohort, facilitator);
            fixture.add(new Fixture.User("bench-facilitator-" + n, "facilitator", cohort, territoryOfUser(i)));
            long partner = person(out, "bench-partner-" + n, "Banc Partenaire " + n,
                    "partner-" + n + "@partenaires.bench.test", "PARTNER", hash);
            cohortPartner.add(cohort, partner);
            fixture.add(new Fixture.User("bench-partner-" + n, "partner", cohort, territoryOfUser(i)));
        }
        for (int i = 0; i < Math.min(benchUsers, territories); i++) {
            String n = String.format("%02d", i + 1);
            long territory = territoryOfUser(i);
            // The account shares the email of the territory's first member: that makes it one of the team.
            person(out, "bench-territory-" + n, "Banc Territoire " + n, memberEmail(territory, 0), "TERRITORY", hash);
            fixture.add(new Fixture.User("bench-territory-" + n, "territory", cohortOf(territory), territory));
        }
        return fixture;
    }

    /** The i-th benchmark territory: in running cohort i mod running, a different territory each time. */
    private long territoryOfUser(int i) {
        int running = runningCohorts();
        long t = (long) (i % running) + 1 + (long) cohorts * (i / running);
        return (t - 1) % territories + 1;
    }

    private int cohortOf(long territory) {
        return (int) ((territory - 1) % cohorts) + 1;
    }

    /** The centre's resources: 20 per cohort, links, videos and MOOCs, approved, with one or two themes. */
    private void resources(BatchInserts out) throws SQLException {
        var resource = out.table("resource", "id", "version", "nature", "type", "title", "summary", "author",
                "pub_year", "phase", "tags", "url", "status", "created_by", "created_at");
        var theme = out.table("resource_theme", "resource_id", "theme");
        String[] natures = {"FRAMEWORK", "ILLUSTRATION", "METHOD", "TOOLBOX"};
        String[] types = {"LINK", "VIDEO", "MOOC"};
        String[] phases = {"NEEDS", "SOLUTIONS", "EVALUATION"};
        for (int r = 0; r < 20 * cohorts; r++) {
            long id = nextResource++;
            resource.add(id, 0, natures[r % 4], types[r % 3], "Ressource " + id + " : coopérer sur le territoire",
                    LOREM, "Centre de ressources", 2015 + r % 11, phases[r % 3], "coopération, territoire",
                    "https://ressources.bench.test/r/" + id, "APPROVED", "animation-1", now.minusDays(400 - r % 300));
            theme.add(id, THEMES[r % 4]);
            if (r % 3 == 0) {
                theme.add(id, THEMES[(r + 1) % 4]);
            }
        }
    }

    private void cohort(BatchInserts out, int c) throws SQLException {
        List<Long> cohortTerritories = territoriesOfCohort.get(c);
        List<long[]> groups = coDevGroups(out, c, cohortTerritories);
        List<String> kinds = new ArrayList<>();
        for (String kind : KIND_ORDER) {
            for (int i = 0; i < SESSIONS_PER_COHORT.get(kind); i++) {
                kinds.add(kind);
            }
        }
        java.util.Collections.shuffle(kinds, random);
        List<LocalDate> days = workingDays(startOf(c), kinds.size());
        int codev = 0;
        int visit = 0;
        for (int i = 0; i < kinds.size(); i++) {
            LocalDateTime start = days.get(i).atTime(SLOTS[i % SLOTS.length], 0);
            String kind = kinds.get(i);
            switch (kind) {
                case "CODEV_WORKSHOP" -> coDevSession(out, c, groups.get(codev % groups.size()), codev++ / groups.size(), start);
                case "LEARNING_VISIT" -> learningVisit(out, c, cohortTerritories, visit++, start);
                default -> cohortSession(out, c, cohortTerritories, kind, start);
            }
        }
    }

    /** Working days from a start, as many as sessions, three sessions a day: within the nine months. */
    private static List<LocalDate> workingDays(LocalDate start, int sessions) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = start;
        while (days.size() < sessions) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (int slot = 0; slot < SLOTS.length; slot++) {
                    days.add(day);
                }
            }
            day = day.plusDays(1);
        }
        return days;
    }

    private long session(BatchInserts out, int c, String kind, String title, LocalDateTime start, int hours,
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

    private boolean over(LocalDateTime start) {
        return start.isBefore(now);
    }

    private void attendance(BatchInserts out, long session, long member, LocalDateTime start) throws SQLException {
        out.table("attendance", "id", "version", "session_id", "member_id", "status", "marked_at", "self_registered")
                .add(nextAttendance++, 0, session, member, STATUSES[(int) ((session + member) % STATUSES.length)],
                        start.plusMinutes(10), member % 4 == 0);
    }

    /** A session for the whole cohort: everyone's attendance once it is over, and its extras by kind. */
    private void cohortSession(BatchInserts out, int c, List<Long> cohortTerritories, String kind, LocalDateTime start)
            throws SQLException {
        long id = session(out, c, kind, label(kind) + " " + nextSession, start, 3, true);
        if (over(start)) {
            for (long t : cohortTerritories) {
                for (long m : membersOfTerritory[(int) t]) {
                    attendance(out, id, m, start);
                }
            }
        }
        switch (kind) {
            case "COLLECTIVE_WORKSHOP" -> {
                out.table("session_resource", "session_id", "position", "title", "url")
                        .add(id, 0, "Support de l'atelier", "https://ressources.bench.test/atelier/" + id);
                long resources = nextResource - 1;
                var kit = out.table("session_kit_resource", "id", "session_id", "resource_id", "attached_at");
                kit.add(nextKit++, id, (id % resources) + 1, start.minusDays(7));
                kit.add(nextKit++, id, ((id + 7) % resources) + 1, start.minusDays(7));
            }
            case "INDIVIDUAL_WORK" -> assignment(out, id, cohortTerritories, start);
            case "TESTIMONY", "ROLE_PLAY" -> speakers(out, id, kind);
            default -> {
                // webinars have nothing more
            }
        }
    }

    private void assignment(BatchInserts out, long session, List<Long> cohortTerritories, LocalDateTime start)
            throws SQLException {
        long id = nextAssignment++;
        LocalDateTime due = start.plusDays(14);
        out.table("assignment", "id", "version", "session_id", "instructions", "due_at")
                .add(id, 0, session, "Décrire une action du territoire et ce qu'elle a changé.", due);
        if (!over(due)) {
            return;
        }
        var submission = out.table("submission", "id", "version", "assignment_id", "territory_id", "body",
                "submitted_at", "late", "submitted_by", "feedback", "feedback_by", "feedback_at");
        for (long t : cohortTerritories) {
            if ((t + session) % 10 == 0) {
                continue; // one territory in ten has not handed in
            }
            boolean late = (t + session) % 7 == 0;
            boolean feedback = (t + session) % 2 == 0;
            submission.add(nextSubmission++, 0, id, t, LOREM + LOREM, late ? due.plusDays(2) : due.minusDays(1), late,
                    "bench-territory", feedback ? "Merci, piste intéressante à partager." : null,
                    feedback ? "Animatrice" : null, feedback ? due.plusDays(5) : null);
        }
    }

    private void speakers(BatchInserts out, long session, String kind) throws SQLException {
        long id = nextSpeakers++;
        out.table("session_speakers", "id", "version", "session_id", "scenario")
                .add(id, 0, session, kind.equals("ROLE_PLAY") ? "Un conseil communautaire doit arbitrer un projet." : null);
        var speaker = out.table("session_speaker", "speakers_id", "position", "kind", "name", "organisation", "role");
        speaker.add(id, 0, "PEER_TERRITORY", "Élue d'un territoire pair", "Communauté de communes", "Vice-présidente");
        speaker.add(id, 1, "EXPERT", "Expert invité", "Centre de ressources", "Chargé de mission");
    }

    /**
     * The cohort's co-development groups: six members of six different territories each, as many groups
     * as the cohort has members to fill them, animated by the cohort's facilitator.
     * @return per group, its id and then its members' ids
     */
    private List<long[]> coDevGroups(BatchInserts out, int c, List<Long> cohortTerritories) throws SQLException {
        var group = out.table("codev_group", "id", "version", "cohort_id", "name", "theme", "animateur_id");
        var groupMember = out.table("codev_group_member", "group_id", "member_id");
        int count = Math.max(1, cohortTerritories.size() * MEMBERS_PER_TERRITORY / GROUP_SIZE);
        List<long[]> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            long id = nextGroup++;
            group.add(id, 0, c, "Groupe " + (g + 1), THEMES[g % 4], facilitatorOfCohort[c]);
            long[] row = new long[GROUP_SIZE + 1];
            row[0] = id;
            for (int j = 0; j < GROUP_SIZE; j++) {
                int slot = g * GROUP_SIZE + j;
                long territory = cohortTerritories.get(slot % cohortTerritories.size());
                long member = membersOfTerritory[(int) territory][slot / cohortTerritories.size() % MEMBERS_PER_TERRITORY];
                row[j + 1] = member;
                groupMember.add(id, member);
            }
            groups.add(row);
        }
        return groups;
    }

    private long territoryOfMember(long member) {
        return (member - 1) / MEMBERS_PER_TERRITORY + 1;
    }

    private void coDevSession(BatchInserts out, int c, long[] group, int round, LocalDateTime start) throws SQLException {
        long session = session(out, c, "CODEV_WORKSHOP", "Co-développement, groupe " + group[0] + ", séance " + (round + 1),
                start, 2, false);
        var sessionTerritory = out.table("session_territory", "session_id", "territory_id");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int j = 1; j < group.length; j++) {
            if (seen.add(territoryOfMember(group[j]))) {
                sessionTerritory.add(session, territoryOfMember(group[j]));
            }
        }
        boolean done = over(start);
        long id = nextCoDev++;
        long client = group[1 + round % GROUP_SIZE];
        out.table("codev_session", "id", "version", "group_id", "session_id", "client_id", "status",
                "minutes_presentation", "minutes_clarification", "minutes_contract", "minutes_consultation",
                "minutes_action_plan", "minutes_learnings", "subject", "subject_submitted_at", "request", "contract",
                "action_plan", "commitment", "commitment_due")
                .add(id, 0, group[0], session, client, done ? "FINISHED" : "PLANNED", 10, 15, 10, 30, 15, 15,
                        done ? "Mobiliser les entreprises locales dans le projet alimentaire" : null,
                        done ? start.minusDays(5) : null, done ? "Comment embarquer les élus ?" : null,
                        done ? "Trois pistes concrètes, sans jugement." : null, done ? LOREM : null,
                        done ? "Réunir les acteurs avant la fin du mois" : null,
                        done ? start.toLocalDate().plusDays(30) : null);
        if (!done) {
            return;
        }
        var participant = out.table("codev_session_participant", "codev_session_id", "member_id");
        var suggestion = out.table("codev_suggestion", "codev_session_id", "position", "member_id", "text", "shareable");
        var learning = out.table("codev_learning", "codev_session_id", "position", "member_id", "text", "shareable");
        int position = 0;
        for (int j = 1; j < group.length; j++) {
            participant.add(id, group[j]);
            attendance(out, session, group[j], start);
            learning.add(id, j - 1, group[j], "Ce que je retiens : écouter avant de proposer.", j % 2 == 0);
            if (group[j] != client && position < 3) {
                suggestion.add(id, position++, group[j], "Proposer un premier petit pas visible.", false);
            }
        }
    }

    private void learningVisit(BatchInserts out, int c, List<Long> cohortTerritories, int index, LocalDateTime start)
            throws SQLException {
        long host = cohortTerritories.get(index % cohortTerritories.size());
        long session = session(out, c, "LEARNING_VISIT", "Visite apprenante chez le territoire " + host, start, 4, false);
        var sessionTerritory = out.table("session_territory", "session_id", "territory_id");
        sessionTerritory.add(session, host);
        long id = nextVisit++;
        boolean done = over(start);
        List<Long> visitors = new ArrayList<>();
        for (int k = 1; visitors.size() < 10 && k < cohortTerritories.size(); k++) {
            long territory = cohortTerritories.get((index + k) % cohortTerritories.size());
            visitors.add(membersOfTerritory[(int) territory][(index + k) % MEMBERS_PER_TERRITORY]);
            sessionTerritory.add(session, territory);
        }
        out.table("learning_visit", "id", "version", "cohort_id", "host_id", "proposed_by", "session_id", "theme",
                "practice", "starts_at", "ends_at", "venue_name", "venue_address", "programme", "places",
                "registration_deadline", "next_arrival")
                .add(id, 0, c, host, facilitatorOfCohort[c], session, THEMES[index % 4],
                        "Une pratique du territoire " + host, start, start.plusHours(4), "Mairie du territoire " + host,
                        "Place de la mairie", "Accueil, visite du lieu, échanges avec l'équipe.", 15,
                        start.toLocalDate().minusDays(7), visitors.size() + 1);
        var registration = out.table("visit_registration", "id", "visit_id", "member_id", "status", "arrival",
                "registered_at", "learnt", "will_try", "debriefed_at");
        for (int k = 0; k < visitors.size(); k++) {
            boolean debrief = done && k % 2 == 0;
            registration.add(nextRegistration++, id, visitors.get(k), "REGISTERED", k + 1, start.minusDays(20 - k),
                    debrief ? "Une gouvernance partagée avec les associations." : null,
                    debrief ? "Un comité d'usagers." : null, debrief ? start.plusDays(2) : null);
            if (done) {
                attendance(out, session, visitors.get(k), start);
            }
        }
        if (done) {
            for (long m : membersOfTerritory[(int) host]) {
                attendance(out, session, m, start);
            }
        }
    }

    private static String label(String kind) {
        return switch (kind) {
            case "COLLECTIVE_WORKSHOP" -> "Atelier collectif";
            case "WEBINAR" -> "Webinaire";
            case "INDIVIDUAL_WORK" -> "Temps individuel";
            case "TESTIMONY" -> "Témoignage";
            case "ROLE_PLAY" -> "Mise en situation";
            default -> kind;
        };
    }

    static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}
