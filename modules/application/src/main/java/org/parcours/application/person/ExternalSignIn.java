package org.parcours.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;

/**
 * A person signed in through the identity provider (Keycloak): Parcours keeps a Person matching
 * what the provider says (username, name, email, roles from the groups claim), created at the first
 * sign-in. The provider is the authority for roles; Parcours decides who is deactivated.
 */
@ApplicationScoped
@Transactional
public class ExternalSignIn {

    @Inject
    PersonRepository people;

    @Inject
    AuditTrail audit;

    /**
     * Creates or updates the person from the provider's claims.
     *
     * @return the person, empty when Parcours deactivated them (their sign-in is then refused)
     */
    public Optional<Person> provision(String username, String name, String email, Collection<String> groups) {
        String login = username.strip().toLowerCase(Locale.ROOT);
        EmailAddress address = email == null || email.isBlank()
                // Without an email the person belongs to no territory; .invalid never matches a team.
                ? EmailAddress.of(login.replaceAll("[^a-z0-9._-]", "_") + "@unknown.invalid", "email")
                : EmailAddress.of(email, "email");
        String displayName = name == null || name.isBlank() ? login : name;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> Role.ofCode(group).ifPresent(roles::add));
        Optional<Person> known = people.findByUsername(login);
        Person person;
        if (known.isEmpty()) {
            person = new Person(login, displayName, address);
            person.holdOnly(roles);
            people.add(person);
            audit.change(AuditAction.PERSON_PROVISIONED, "person " + login, "created with " + roles);
        } else {
            person = known.get();
            boolean changed = !person.getRoles().equals(roles) || !person.getEmail().equals(address)
                    || !person.getDisplayName().equals(displayName.strip());
            person.describe(displayName, address);
            person.holdOnly(roles);
            if (changed) {
                audit.change(AuditAction.PERSON_PROVISIONED, "person " + login, "updated to " + roles);
            }
        }
        return Optional.of(person).filter(Person::isActive);
    }
}
