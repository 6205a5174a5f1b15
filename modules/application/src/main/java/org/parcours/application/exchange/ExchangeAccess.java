package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parcours.application.access.Access;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * Who may do what in a cohort's exchange space, for the caller and for any person (whom to notify,
 * whom a mention may reach). Read: admins, facilitators, the members of the cohort's territories, and
 * its partners only when the cohort allows it. Post: the cohort's territory members, its facilitators
 * and admins (partners only read). Moderate: the cohort's facilitators and admins.
 */
@ApplicationScoped
public class ExchangeAccess {

    @Inject
    Access access;
    @Inject
    ExchangeRepository exchange;
    @Inject
    TerritoryRepository territories;

    public boolean partnersMayRead(Cohort cohort) {
        return exchange.settings(cohort.getId()).map(ExchangeSettings::isPartnersMayRead).orElse(false);
    }

    public boolean mayRead(Cohort cohort) {
        if (access.holdsAny(Role.ADMIN, Role.FACILITATOR)) {
            return true;
        }
        return access.holds(Role.TERRITORY) && cohort.includesAnyOf(access.territoryIds())
                || access.holds(Role.PARTNER) && cohort.isFollowedByPartner(access.username()) && partnersMayRead(cohort);
    }

    public boolean mayPost(Cohort cohort) {
        return access.holds(Role.ADMIN) || mayModerate(cohort)
                || access.holds(Role.TERRITORY) && cohort.includesAnyOf(access.territoryIds());
    }

    public boolean mayModerate(Cohort cohort) {
        return access.holds(Role.ADMIN) || access.holds(Role.FACILITATOR) && cohort.isFacilitatedBy(access.username());
    }

    /** The same reading rule for someone else (the cohort's partner setting is passed in, read once). */
    public boolean mayRead(Person person, Cohort cohort, boolean partnersMayRead) {
        if (!person.isActive()) {
            return false;
        }
        if (person.holds(Role.ADMIN) || person.holds(Role.FACILITATOR)) {
            return true;
        }
        return person.holds(Role.TERRITORY) && cohort.includesAnyOf(territories.idsWithMember(person.getEmail()))
                || person.holds(Role.PARTNER) && partnersMayRead && cohort.isFollowedByPartner(person.getUsername());
    }
}
