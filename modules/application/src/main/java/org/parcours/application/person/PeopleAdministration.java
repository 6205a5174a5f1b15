package org.parcours.application.person;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;

/** Administrators find people, grant and revoke their roles, activate and deactivate them. */
@ApplicationScoped
@Transactional
public class PeopleAdministration {

    @Inject
    PersonRepository people;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> search(String text, int first, int max) {
        access.requireAny("people.read", Role.ADMIN);
        return people.search(text, first, Math.min(max, 500));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        access.requireAny("people.read", Role.ADMIN);
        return people.count(text);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> find(long id) {
        access.requireAny("people.read", Role.ADMIN);
        return people.find(id);
    }

    /**
     * Sets a person's roles and whether they may sign in, unless someone saved them since the form was
     * opened. An administrator cannot remove their own admin role or deactivate themselves, so that
     * the platform never loses its last way in by mistake.
     */
    public Person decide(long id, @NotNull @Valid PersonAccessForm form) {
        access.requireAny("people.decide", Role.ADMIN);
        Person person = people.find(id).orElseThrow(() -> new RuleViolation(null, "person.unknown", id));
        person.checkUnchangedSince(form.getVersion());
        boolean self = person.getUsername().equals(access.username());
        if (self && (!form.isActive() || !form.getRoles().contains(Role.ADMIN))) {
            throw new RuleViolation("roles", "person.selfLockout");
        }
        Set<Role> before = person.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.getRoles());
        person.holdOnly(form.getRoles());
        if (!before.equals(person.getRoles())) {
            audit.change(AuditAction.ROLES_CHANGED, "person " + person.getUsername(),
                    before + " -> " + new java.util.TreeSet<>(person.getRoles()));
        }
        if (person.isActive() != form.isActive()) {
            if (form.isActive()) {
                person.activate();
            } else {
                person.deactivate();
            }
            audit.change(form.isActive() ? AuditAction.PERSON_ACTIVATED : AuditAction.PERSON_DEACTIVATED,
                    "person " + person.getUsername(), null);
        }
        people.flush();
        return person;
    }
}
