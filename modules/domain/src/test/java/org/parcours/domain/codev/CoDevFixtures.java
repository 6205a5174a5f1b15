package org.parcours.domain.codev;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

/** A cohort of nine territories of one or two members each, and its facilitator. */
final class CoDevFixtures {

    static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    final Person claire = Fixtures.facilitator("claire", "Claire Moreau");
    final Person hugo = Fixtures.facilitator("hugo", "Hugo Petit");
    final List<Territory> territories = new ArrayList<>();
    /** The first member of each territory. */
    final List<Member> members = new ArrayList<>();
    final Cohort cohort = new Cohort("Promotion", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 9, 1)));

    CoDevFixtures() {
        for (int i = 0; i < 9; i++) {
            Territory territory = Fixtures.withId(new Territory("Territoire " + i, TerritoryKind.MUNICIPALITY,
                    "Région " + (i % 3)), 100L + i);
            members.add(territory.addMember("Membre " + i, EmailAddress.of("m" + i + "@t" + i + ".org", "email"),
                    TeamRole.OFFICER, null));
            territories.add(territory);
        }
        territories.get(0).addMember("Collègue 0", EmailAddress.of("c0@t0.org", "email"), TeamRole.BUSINESS, null);
        cohort.enrol(territories, List.of());
        cohort.assignFacilitators(List.of(claire));
    }

    CoDevGroup group(int size) {
        return new CoDevGroup(cohort, "Groupe A", null, claire, members.subList(0, size));
    }

    Session scheduleSession(LocalDate day) {
        return new Session(cohort, new SessionPlan("Co-développement", SessionKind.CODEV_WORKSHOP,
                SessionFormat.REMOTE, null, null, "https://visio.example.org/codev", null),
                new SessionTiming(ParisTime.at(day, LocalTime.of(14, 0)), ParisTime.at(day, LocalTime.of(16, 0))));
    }
}
