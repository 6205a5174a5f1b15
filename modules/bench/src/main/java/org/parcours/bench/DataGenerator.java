package org.parcours.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Fills an empty, migrated database with a programme at a given scale. Scale 1 is the pilot (12
 * territories, 1 cohort); scale n has n cohorts of 12 or 13 territories (12.5 n territories). Every
 * cohort gets the same density, so a cohort's or a territory's pages show as much at 1x as at 100x:
 * only the rest of the database grows. Per cohort: about 500 sessions over nine months (workshops,
 * webinars, individual work with hand-ins, co-development in groups of six, learning visits with
 * registrations, testimonies, practical situations), attendance taken for every session that is over,
 * resources of the centre attached to workshops. Cohorts start one after another over the last eight
 * months, so all are running today, from just begun to nearly over. Each area writes its own rows
 * ({@link PeopleRows}, {@link ScheduleRows}, {@link WorkAndResourceRows}, {@link CoDevRows},
 * {@link VisitRows}) from one shared {@link GeneratorState}, always in the same order.
 */
final class DataGenerator {

    private final GeneratorState state;
    private final PeopleRows people;
    private final WorkAndResourceRows workAndResources;
    private final ScheduleRows schedule;

    DataGenerator(int scale, int benchUsers, LocalDate today) {
        this.state = new GeneratorState(scale, benchUsers, today);
        this.people = new PeopleRows(state);
        this.workAndResources = new WorkAndResourceRows(state);
        this.schedule = new ScheduleRows(state, workAndResources, new CoDevRows(state), new VisitRows(state));
    }

    int cohorts() {
        return state.cohorts;
    }

    int territories() {
        return state.territories;
    }

    /** Fills the database; returns the rows written per table and the benchmark's people. */
    Fixture fill(Connection connection) throws SQLException {
        String hash = LocalPasswordHash.of(Fixture.PASSWORD);
        try (BatchInserts out = new BatchInserts(connection)) {
            people.territoriesAndTeams(out);
            people.people(out, hash);
            Fixture fixture = people.benchPeople(out, hash);
            workAndResources.resources(out);
            for (int c = 1; c <= state.cohorts; c++) {
                schedule.cohort(out, c);
            }
            out.flush();
            fixture.tokens(out);
            fixture.rows = out.counts();
            return fixture;
        }
    }
}
