package org.parcours.application.person;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;

/** What an administrator decides about a person: their roles and whether they may sign in. */
public class PersonAccessForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Set<Role> roles = new HashSet<>();

    private boolean active;

    private long version;

    public static PersonAccessForm of(Person person) {
        PersonAccessForm form = new PersonAccessForm();
        form.roles = person.getRoles().isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(person.getRoles()));
        form.active = person.isActive();
        form.version = person.getVersion();
        return form;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
