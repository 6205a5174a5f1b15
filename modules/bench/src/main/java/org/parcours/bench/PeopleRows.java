package org.parcours.bench;

import static org.parcours.bench.GeneratorState.MEMBERS_PER_TERRITORY;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The territories with their teams, the cohorts with their staff (the programme's facilitators and national
 * partners), and the accounts the benchmark signs in as.
 */
final class PeopleRows {

    private static final String[] REGIONS = {"Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne",
        "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie",
        "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d'Azur"};
    private static final String[] TEAM_ROLES = {"ELECTED_OFFICIAL", "OFFICER", "ASSOCIATION", "BUSINESS", "OTHER"};

    private final GeneratorState state;

    PeopleRows(GeneratorState state) {
        this.state = state;
    }

    void territoriesAndTeams(BatchInserts out) throws SQLException {
        var territory = out.table("territory", "id", "version", "name", "kind", "region", "demo");
        var member = out.table("member", "id", "territory_id", "full_name", "email", "team_role", "organisation");
        var cohortTerritory = out.table("cohort_territory", "cohort_id", "territory_id");
        for (int c = 0; c <= state.cohorts; c++) {
            state.territoriesOfCohort.add(new ArrayList<>());
        }
        long memberId = 1;
        for (long t = 1; t <= state.territories; t++) {
            String region = REGIONS[(int) (t % REGIONS.length)];
            territory.add(t, 0, String.format("Intercommunalité %04d (%s)", t, region),
                    t % 10 == 0 ? "MUNICIPALITY" : "INTERMUNICIPALITY", region, false);
            int cohort = (int) ((t - 1) % state.cohorts) + 1;
            state.territoriesOfCohort.get(cohort).add(t);
            cohortTerritory.add(cohort, t);
            state.membersOfTerritory[(int) t] = new long[MEMBERS_PER_TERRITORY];
            for (int m = 0; m < MEMBERS_PER_TERRITORY; m++) {
                state.membersOfTerritory[(int) t][m] = memberId;
                member.add(memberId, t, "Membre " + m + " du territoire " + t, memberEmail(t, m), TEAM_ROLES[m],
                        m == 2 ? "Association locale " + t : null);
                memberId++;
            }
        }
    }

    private static String memberEmail(long territory, int member) {
        return "m" + member + ".t" + territory + "@territoires.bench.test";
    }

    /** The programme's own facilitators (one per five cohorts) and two national partners following every cohort. */
    void people(BatchInserts out, String hash) throws SQLException {
        var cohort = out.table("cohort", "id", "version", "name", "start_date", "end_date");
        var cohortFacilitator = out.table("cohort_facilitator", "cohort_id", "person_id");
        var cohortPartner = out.table("cohort_partner", "cohort_id", "person_id");
        int facilitators = Math.max(1, state.cohorts / 5);
        long firstFacilitator = state.nextPerson;
        for (int f = 1; f <= facilitators; f++) {
            person(out, "animation-" + f, "Animatrice " + f, "animation-" + f + "@parcours.bench.test", "FACILITATOR", hash);
        }
        long[] partners = {
            person(out, "partenaire-anct", "Partenaire ANCT", "anct@partenaires.bench.test", "PARTNER", hash),
            person(out, "partenaire-fnce", "Partenaire FNCE", "fnce@partenaires.bench.test", "PARTNER", hash)};
        for (int c = 1; c <= state.cohorts; c++) {
            LocalDate start = state.startOf(c);
            cohort.add(c, 0, String.format("Cohorte nationale %03d", c), start, start.plusMonths(9));
            state.facilitatorOfCohort[c] = firstFacilitator + (c - 1) % facilitators;
            cohortFacilitator.add(c, state.facilitatorOfCohort[c]);
            for (long partner : partners) {
                cohortPartner.add(c, partner);
            }
        }
    }

    private long person(BatchInserts out, String username, String name, String email, String role, String hash)
            throws SQLException {
        long id = state.nextPerson++;
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
    Fixture benchPeople(BatchInserts out, String hash) throws SQLException {
        Fixture fixture = new Fixture(state.scale, state.cohorts, state.territories);
        var cohortFacilitator = out.table("cohort_facilitator", "cohort_id", "person_id");
        var cohortPartner = out.table("cohort_partner", "cohort_id", "person_id");
        person(out, "bench-admin", "Banc Admin", "admin@parcours.bench.test", "ADMIN", hash);
        fixture.add(new Fixture.User("bench-admin", "admin", 1, territoryOfUser(0)));
        int running = state.runningCohorts();
        for (int i = 0; i < Math.min(state.benchUsers, running); i++) {
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
        for (int i = 0; i < Math.min(state.benchUsers, state.territories); i++) {
            String n = String.format("%02d", i + 1);
            long territory = territoryOfUser(i);
            // The account shares the email of the territory's first member: that makes it one of the team.
            person(out, "bench-territory-" + n, "Banc Territoire " + n, memberEmail(territory, 0), "TERRITORY", hash);
            fixture.add(new Fixture.User("bench-territory-" + n, "territory", state.cohortOf(territory), territory));
        }
        return fixture;
    }

    /** The i-th benchmark territory: in running cohort i mod running, a different territory each time. */
    private long territoryOfUser(int i) {
        int running = state.runningCohorts();
        long t = (long) (i % running) + 1 + (long) state.cohorts * (i / running);
        return (t - 1) % state.territories + 1;
    }
}
