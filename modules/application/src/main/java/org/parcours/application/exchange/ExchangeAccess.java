package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parcours.application.access.Access;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.person.Role;

/**
 * Who may do what in a cohort's exchange space, for the caller (the same reading rule for others,
 * whom to notify or mention, is one query: ExchangeRepository.readers). Read: admins, facilitators, the members of the cohort's territories, and
 * its partners only when the cohort allows it. Post: the cohort's territory members, its facilitators
 * and admins (partners only read). Moderate: the cohort's facilitators and admins.
 */
@ApplicationScoped
public class ExchangeAccess {

    @Inject
    Access access;
    @Inject
    ExchangeRepository exchange;

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
}
