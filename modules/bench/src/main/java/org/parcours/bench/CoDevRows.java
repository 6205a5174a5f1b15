package org.parcours.bench;

import static org.parcours.bench.GeneratorState.GROUP_SIZE;
import static org.parcours.bench.GeneratorState.LOREM;
import static org.parcours.bench.GeneratorState.MEMBERS_PER_TERRITORY;
import static org.parcours.bench.GeneratorState.THEMES;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The cohort's co-development groups and their sessions, with participants, suggestions and learnings once held. */
final class CoDevRows {

    private final GeneratorState state;

    CoDevRows(GeneratorState state) {
        this.state = state;
    }

    /**
     * The cohort's co-development groups: six members of six different territories each, as many groups
     * as the cohort has members to fill them, animated by the cohort's facilitator.
     * @return per group, its id and then its members' ids
     */
    List<long[]> coDevGroups(BatchInserts out, int c, List<Long> cohortTerritories) throws SQLException {
        var group = out.table("codev_group", "id", "version", "cohort_id", "name", "theme", "animateur_id");
        var groupMember = out.table("codev_group_member", "group_id", "member_id");
        int count = Math.max(1, cohortTerritories.size() * MEMBERS_PER_TERRITORY / GROUP_SIZE);
        List<long[]> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            long id = state.nextGroup++;
            group.add(id, 0, c, "Groupe " + (g + 1), THEMES[g % 4], state.facilitatorOfCohort[c]);
            long[] row = new long[GROUP_SIZE + 1];
            row[0] = id;
            for (int j = 0; j < GROUP_SIZE; j++) {
                int slot = g * GROUP_SIZE + j;
                long territory = cohortTerritories.get(slot % cohortTerritories.size());
                long member = state.membersOfTerritory[(int) territory][slot / cohortTerritories.size() % MEMBERS_PER_TERRITORY];
                row[j + 1] = member;
                groupMember.add(id, member);
            }
            groups.add(row);
        }
        return groups;
    }

    void coDevSession(BatchInserts out, int c, long[] group, int round, LocalDateTime start) throws SQLException {
        long session = state.session(out, c, "CODEV_WORKSHOP", "Co-développement, groupe " + group[0] + ", séance " + (round + 1),
                start, 2, false);
        var sessionTerritory = out.table("session_territory", "session_id", "territory_id");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int j = 1; j < group.length; j++) {
            if (seen.add(state.territoryOfMember(group[j]))) {
                sessionTerritory.add(session, state.territoryOfMember(group[j]));
            }
        }
        boolean done = state.over(start);
        long id = state.nextCoDev++;
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
            state.attendance(out, session, group[j], start);
            learning.add(id, j - 1, group[j], "Ce que je retiens : écouter avant de proposer.", j % 2 == 0);
            if (group[j] != client && position < 3) {
                suggestion.add(id, position++, group[j], "Proposer un premier petit pas visible.", false);
            }
        }
    }
}
