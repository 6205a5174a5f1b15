package org.parcours.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortScope;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * The signed-in caller, as the use cases see it: their name, the roles they hold and the territories
 * they belong to. Territories come from the application's data (the teams' emails), not from the
 * sign-in token, so a member removed from a team loses access at once.
 */
@ApplicationScoped
public class Access {

    @Inject
    SecurityContext securityContext;

    @Inject
    PersonRepository people;

    @Inject
    TerritoryRepository territories;

    @Inject
    CallerMemo memo;

    public boolean holds(Role role) {
        try {
            return memo.holds(username(), role, r -> securityContext.isCallerInRole(r.code()));
        } catch (ContextNotActiveException outsideRequest) {
            return securityContext.isCallerInRole(role.code());
        }
    }

    public boolean holdsAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::holds);
    }

    /** Refuses the call unless the caller holds one of the roles. */
    public void requireAny(String what, Role... roles) {
        if (!holdsAny(roles)) {
            throw new AccessDenied(what);
        }
    }

    /** The caller's username, or {@code null} when nobody is signed in. */
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    /** The caller as a person of Parcours, when they are known to it. */
    public Optional<Person> person() {
        String username = username();
        return username == null ? Optional.empty() : people.findByUsername(username).filter(Person::isActive);
    }

    /**
     * The caller's email address (how team and group members are recognised), looked up once per
     * request. Only the address: a person entity shared across the request's transactions would be
     * detached in all but the first.
     */
    public Optional<EmailAddress> email() {
        String username = username();
        if (username == null) {
            return Optional.empty();
        }
        try {
            return memo.email(username, () -> person().map(Person::getEmail));
        } catch (ContextNotActiveException outsideRequest) {
            return person().map(Person::getEmail);
        }
    }

    /**
     * The territories whose team the caller belongs to (empty for someone in no team), looked up once
     * per request.
     */
    public List<Long> territoryIds() {
        String username = username();
        if (username == null) {
            return List.of();
        }
        try {
            return memo.territoryIds(username, this::lookUpTerritoryIds);
        } catch (ContextNotActiveException outsideRequest) {
            return lookUpTerritoryIds(); // a start-up or scheduled task: nothing to share
        }
    }

    private List<Long> lookUpTerritoryIds() {
        return email().map(territories::idsWithMember).orElse(List.of());
    }

    /**
     * Which cohorts the caller may see listed: all of them for admins and facilitators; for others,
     * those they follow as a partner and those their territories take part in.
     */
    public CohortScope cohortScope() {
        if (holdsAny(Role.ADMIN, Role.FACILITATOR)) {
            return CohortScope.all();
        }
        return CohortScope.of(holds(Role.PARTNER) ? username() : null,
                holds(Role.TERRITORY) ? territoryIds() : List.of());
    }

    /** Whether the caller may read this cohort: the rule behind {@link #cohortScope()}, for one cohort. */
    public boolean mayRead(Cohort cohort) {
        if (holdsAny(Role.ADMIN, Role.FACILITATOR)) {
            return true;
        }
        return holds(Role.PARTNER) && cohort.isFollowedByPartner(username())
                || holds(Role.TERRITORY) && cohort.includesAnyOf(territoryIds());
    }

    /**
     * Whether the caller may see the personal contact details (emails) of a territory's team: admins,
     * facilitators, and the members of that same team. Partners and other territories never do.
     */
    public boolean maySeeTeamContacts(long territoryId) {
        return holdsAny(Role.ADMIN, Role.FACILITATOR) || holds(Role.TERRITORY) && belongsTo(territoryId);
    }

    /** Whether the caller belongs to this territory's team. */
    public boolean belongsTo(long territoryId) {
        return territoryIds().contains(territoryId);
    }
}
