package org.parcours.bench;

import static org.parcours.bench.GeneratorState.MEMBERS_PER_TERRITORY;
import static org.parcours.bench.GeneratorState.THEMES;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Learning visits: a host territory, up to ten visiting members registered, their debriefs once it is over. */
final class VisitRows {

    private final GeneratorState state;

    VisitRows(GeneratorState state) {
        this.state = state;
    }

    void learningVisit(BatchInserts out, int c, List<Long> cohortTerritories, int index, LocalDateTime start)
            throws SQLException {
        long host = cohortTerritories.get(index % cohortTerritories.size());
        long session = state.session(out, c, "LEARNING_VISIT", "Visite apprenante chez le territoire " + host, start, 4, false);
        var sessionTerritory = out.table("session_territory", "session_id", "territory_id");
        sessionTerritory.add(session, host);
        long id = state.nextVisit++;
        boolean done = state.over(start);
        List<Long> visitors = new ArrayList<>();
        for (int k = 1; visitors.size() < 10 && k < cohortTerritories.size(); k++) {
            long territory = cohortTerritories.get((index + k) % cohortTerritories.size());
            visitors.add(state.membersOfTerritory[(int) territory][(index + k) % MEMBERS_PER_TERRITORY]);
            sessionTerritory.add(session, territory);
        }
        out.table("learning_visit", "id", "version", "cohort_id", "host_id", "proposed_by", "session_id", "theme",
                "practice", "starts_at", "ends_at", "venue_name", "venue_address", "programme", "places",
                "registration_deadline", "next_arrival")
                .add(id, 0, c, host, state.facilitatorOfCohort[c], session, THEMES[index % 4],
                        "Une pratique du territoire " + host, start, start.plusHours(4), "Mairie du territoire " + host,
                        "Place de la mairie", "Accueil, visite du lieu, échanges avec l'équipe.", 15,
                        start.toLocalDate().minusDays(7), visitors.size() + 1);
        var registration = out.table("visit_registration", "id", "visit_id", "member_id", "status", "arrival",
                "registered_at", "learnt", "will_try", "debriefed_at");
        for (int k = 0; k < visitors.size(); k++) {
            boolean debrief = done && k % 2 == 0;
            registration.add(state.nextRegistration++, id, visitors.get(k), "REGISTERED", k + 1, start.minusDays(20 - k),
                    debrief ? "Une gouvernance partagée avec les associations." : null,
                    debrief ? "Un comité d'usagers." : null, debrief ? start.plusDays(2) : null);
            if (done) {
                state.attendance(out, session, visitors.get(k), start);
            }
        }
        if (done) {
            for (long m : state.membersOfTerritory[(int) host]) {
                state.attendance(out, session, m, start);
            }
        }
    }
}
