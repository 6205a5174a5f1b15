package org.parcours.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;

/**
 * Local sign-in: checks a username and password against the stored PBKDF2 hash. Used when Parcours
 * runs on its own (the embedded default); with Keycloak, passwords never reach Parcours.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LocalAccounts {

    @Inject
    PersonRepository people;

    @Inject
    PasswordHashing hashing;

    /** The active person with this username and password, if the password matches. */
    public Optional<Person> verify(String username, char[] password) {
        if (username == null || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<Person> person = people.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(Person::isActive)
                .filter(p -> p.getPasswordHash() != null);
        if (person.isEmpty()) {
            // Spend the same time as a real check, so that timing does not tell which usernames exist.
            hashing.verify(password, hashing.decoy());
            return Optional.empty();
        }
        return person.filter(p -> hashing.verify(password, p.getPasswordHash()));
    }
}
