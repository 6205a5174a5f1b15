package org.parcours.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parcours.application.person.PasswordHashing;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * Loads the demonstration data at start-up, after the schema migration, when enabled and only into an
 * empty database (no territory and no person): a database in use is never touched.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    /** The password of every demo account, printed in the README. */
    static final String DEMO_PASSWORD = "parcours";

    @Inject
    @ConfigProperty(name = "parcours.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    TerritoryRepository territories;

    @Inject
    CohortRepository cohorts;

    @Inject
    PersonRepository people;

    @Inject
    PasswordHashing hashing;

    @Inject
    DemoSchedule schedule;

    @Inject
    DemoCoDevAndVisits codevAndVisits;

    @Inject
    DemoResources kit;

    @Inject
    DemoEvaluation evaluation;

    @Inject
    DemoExchange exchange;

    @Inject
    DemoLogbook logbook;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            return;
        }
        if (people.count() > 0 || territories.count(org.parcours.domain.territory.TerritorySearch.all()) > 0) {
            LOG.info("Demo data not loaded: the database already holds data.");
            return;
        }
        List<Territory> loaded = new ArrayList<>();
        for (DemoTerritories.SampleTerritory sample : DemoTerritories.all()) {
            Territory territory = new Territory(sample.name(), sample.kind(), sample.region());
            territory.markAsDemo();
            sample.members().forEach(m -> territory.addMember(m.fullName(), EmailAddress.of(m.email(), "email"),
                    m.role(), m.organisation()));
            territories.add(territory);
            loaded.add(territory);
        }
        account("admin", "Alex Admin", "admin@parcours.demo.test", Role.ADMIN);
        Person facilitator = account("claire", "Claire Moreau", "claire.moreau@parcours.demo.test", Role.FACILITATOR);
        Person partner = account("paul", "Paul Lefèvre", "paul.lefevre@partenaire.demo.test", Role.PARTNER);
        // Territory accounts share the email of a team member: that is how Parcours knows their territory.
        Person anne = account("anne", "Anne Rivière", "anne.riviere@redon.demo.test", Role.TERRITORY);
        Person marc = account("marc", "Marc Dubois", "marc.dubois@lens.demo.test", Role.TERRITORY);

        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).withDayOfMonth(1).minusMonths(1);
        Cohort cohort = new Cohort("Parcours pilote co-construction territoriale (démo)",
                CohortPeriod.nineMonthsFrom(start));
        cohort.enrol(loaded, List.of());
        cohort.assignFacilitators(List.of(facilitator));
        cohort.assignPartners(List.of(partner));
        cohorts.add(cohort);
        int sessions = schedule.plan(cohort);
        codevAndVisits.load(cohort, loaded, facilitator);
        int resources = kit.load(facilitator.getUsername());
        int answers = evaluation.load(cohort, loaded, facilitator);
        exchange.load(cohort, anne, marc, facilitator, partner);
        logbook.load(cohort, facilitator.getUsername());
        LOG.info(() -> "Demo data loaded: " + loaded.size() + " territories, 1 cohort with " + sessions
                + " sessions, " + resources + " resources, " + answers
                + " questionnaire answers, a published logbook issue, 5 accounts.");
    }

    private Person account(String username, String name, String email, Role role) {
        Person person = new Person(username, name, EmailAddress.of(email, "email"));
        person.grant(role);
        person.usePasswordHash(hashing.hash(DEMO_PASSWORD.toCharArray()));
        people.add(person);
        return person;
    }
}
