package org.parcours.bench;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cohort's schedule: about 500 sessions of every kind shuffled over its working days, three a day,
 * attendance for the whole cohort once a session is over, and each kind's extras; individual work,
 * co-development and learning visits are written by their own areas.
 */
final class ScheduleRows {

    /** Sessions of each kind per cohort (about 500 in all). */
    private static final Map<String, Integer> SESSIONS_PER_COHORT = Map.of(
            "COLLECTIVE_WORKSHOP", 60, "WEBINAR", 60, "INDIVIDUAL_WORK", 60, "CODEV_WORKSHOP", 150,
            "LEARNING_VISIT", 80, "TESTIMONY", 50, "ROLE_PLAY", 40);
    private static final String[] KIND_ORDER = {"COLLECTIVE_WORKSHOP", "WEBINAR", "INDIVIDUAL_WORK",
        "CODEV_WORKSHOP", "LEARNING_VISIT", "TESTIMONY", "ROLE_PLAY"};
    /** Starting hours (UTC) of the day's sessions. */
    private static final int[] SLOTS = {7, 10, 13};

    private final GeneratorState state;
    private final WorkAndResourceRows workRows;
    private final CoDevRows coDevRows;
    private final VisitRows visitRows;

    ScheduleRows(GeneratorState state, WorkAndResourceRows workRows, CoDevRows coDevRows, VisitRows visitRows) {
        this.state = state;
        this.workRows = workRows;
        this.coDevRows = coDevRows;
        this.visitRows = visitRows;
    }

    void cohort(BatchInserts out, int c) throws SQLException {
        List<Long> cohortTerritories = state.territoriesOfCohort.get(c);
        List<long[]> groups = coDevRows.coDevGroups(out, c, cohortTerritories);
        List<String> kinds = new ArrayList<>();
        for (String kind : KIND_ORDER) {
            for (int i = 0; i < SESSIONS_PER_COHORT.get(kind); i++) {
                kinds.add(kind);
            }
        }
        java.util.Collections.shuffle(kinds, state.random);
        List<LocalDate> days = workingDays(state.startOf(c), kinds.size());
        int codev = 0;
        int visit = 0;
        for (int i = 0; i < kinds.size(); i++) {
            LocalDateTime start = days.get(i).atTime(SLOTS[i % SLOTS.length], 0);
            String kind = kinds.get(i);
            switch (kind) {
                case "CODEV_WORKSHOP" -> coDevRows.coDevSession(out, c, groups.get(codev % groups.size()), codev++ / groups.size(), start);
                case "LEARNING_VISIT" -> visitRows.learningVisit(out, c, cohortTerritories, visit++, start);
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

    /** A session for the whole cohort: everyone's attendance once it is over, and its extras by kind. */
    private void cohortSession(BatchInserts out, int c, List<Long> cohortTerritories, String kind, LocalDateTime start)
            throws SQLException {
        long id = state.session(out, c, kind, label(kind) + " " + state.nextSession, start, 3, true);
        if (state.over(start)) {
            for (long t : cohortTerritories) {
                for (long m : state.membersOfTerritory[(int) t]) {
                    state.attendance(out, id, m, start);
                }
            }
        }
        switch (kind) {
            case "COLLECTIVE_WORKSHOP" -> {
                out.table("session_resource", "session_id", "position", "title", "url")
                        .add(id, 0, "Support de l'atelier", "https://ressources.bench.test/atelier/" + id);
                long resources = state.nextResource - 1;
                var kit = out.table("session_kit_resource", "id", "session_id", "resource_id", "attached_at");
                kit.add(state.nextKit++, id, (id % resources) + 1, start.minusDays(7));
                kit.add(state.nextKit++, id, ((id + 7) % resources) + 1, start.minusDays(7));
            }
            case "INDIVIDUAL_WORK" -> workRows.assignment(out, id, cohortTerritories, start);
            case "TESTIMONY", "ROLE_PLAY" -> speakers(out, id, kind);
            default -> {
                // webinars have nothing more
            }
        }
    }

    private void speakers(BatchInserts out, long session, String kind) throws SQLException {
        long id = state.nextSpeakers++;
        out.table("session_speakers", "id", "version", "session_id", "scenario")
                .add(id, 0, session, kind.equals("ROLE_PLAY") ? "Un conseil communautaire doit arbitrer un projet." : null);
        var speaker = out.table("session_speaker", "speakers_id", "position", "kind", "name", "organisation", "role");
        speaker.add(id, 0, "PEER_TERRITORY", "Élue d'un territoire pair", "Communauté de communes", "Vice-présidente");
        speaker.add(id, 1, "EXPERT", "Expert invité", "Centre de ressources", "Chargé de mission");
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
}
