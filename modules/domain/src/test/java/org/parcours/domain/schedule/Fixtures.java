package org.parcours.domain.schedule;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

/** Objects the schedule tests share, built through the domain's own constructors. */
public final class Fixtures {

    public static final LocalDate START = LocalDate.of(2026, 9, 1);

    public final Territory lens = new Territory("Lens", TerritoryKind.MUNICIPALITY, "Hauts-de-France");
    public final Territory redon = new Territory("Pays de Redon", TerritoryKind.INTERMUNICIPALITY, "Bretagne");
    public final Person claire = facilitator("claire", "Claire Moreau");
    public final Person hugo = facilitator("hugo", "Hugo Petit");
    public final Cohort cohort = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(START));

    public Fixtures() {
        cohort.enrol(List.of(lens, redon), List.of());
        cohort.assignFacilitators(List.of(claire, hugo));
    }

    public static Person facilitator(String username, String name) {
        Person person = new Person(username, name, EmailAddress.of(username + "@example.org", "email"));
        person.grant(Role.FACILITATOR);
        return person;
    }

    public Session workshop(LocalDate day, int fromHour, int toHour) {
        return new Session(cohort, new SessionPlan("Atelier", SessionKind.COLLECTIVE_WORKSHOP, SessionFormat.IN_PERSON,
                null, Venue.of("Salle", "1 rue de la Paix, Paris", 30), null, null),
                new SessionTiming(ParisTime.at(day, LocalTime.of(fromHour, 0)), ParisTime.at(day, LocalTime.of(toHour, 0))));
    }

    /** Gives an entity the id the database would give it. */
    public static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
