package org.parcours.domain.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;
import org.parcours.domain.territory.EmailAddress;

/**
 * A person who signs in to Parcours, with the roles they hold. The password hash is only set for
 * local sign-in; with Keycloak the person is known by their username.
 */
@Entity
@Table(name = "person")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int USERNAME_MAX = 64;
    public static final int NAME_MAX = 120;
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._@-]*$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "display_name", nullable = false, length = NAME_MAX)
    private String displayName;

    @Embedded
    private EmailAddress email;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** When the person was erased (GDPR), in UTC; null while they are not. */
    @Column(name = "erased_at")
    private java.time.LocalDateTime erasedAt;

    // Lazy: pages list people (facilitators, partners, animateurs) by the dozen and never show their
    // roles; reading them with every person cost one statement per person on those pages.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = new HashSet<>();

    protected Person() {
        // for JPA
    }

    public Person(String username, String displayName, EmailAddress email) {
        String name = Text.required(username, USERNAME_MAX, "username");
        if (!USERNAME.matcher(name).matches()) {
            throw new RuleViolation("username", "person.username.invalid");
        }
        this.username = name;
        this.displayName = Text.required(displayName, NAME_MAX, "displayName");
        this.email = java.util.Objects.requireNonNull(email, "email");
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        roles.remove(role);
    }

    public boolean holds(Role role) {
        return active && roles.contains(role);
    }

    /** Sets the hash of a local password (hashing is the caller's job: the domain never sees a password). */
    public void usePasswordHash(String hash) {
        this.passwordHash = Text.required(hash, 512, "password");
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        if (isErased()) {
            throw new RuleViolation(null, "privacy.erase.cannotActivate");
        }
        this.active = true;
    }

    /** Makes the roles exactly these (an administrator's decision, or what the identity provider says). */
    public void holdOnly(Set<Role> newRoles) {
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
    }

    /** Updates the name and email, e.g. from what the identity provider tells at sign-in. */
    public void describe(String newDisplayName, EmailAddress newEmail) {
        this.displayName = Text.required(newDisplayName, NAME_MAX, "displayName");
        this.email = java.util.Objects.requireNonNull(newEmail, "email");
    }

    /**
     * Erases the person's identity: the pseudonym replaces their name, username and email, the
     * password and roles are removed and sign-in is disabled for good. The record itself stays, so
     * that what refers to it (attendance, registrations, marks) still adds up.
     */
    public void erase(org.parcours.domain.privacy.ErasedIdentity erased, java.time.Instant when) {
        if (isErased()) {
            throw new RuleViolation(null, "privacy.erase.already");
        }
        this.username = erased.username();
        this.displayName = erased.displayName();
        this.email = erased.email();
        this.passwordHash = null;
        this.active = false;
        this.roles.clear();
        this.erasedAt = java.time.LocalDateTime.ofInstant(when, java.time.ZoneOffset.UTC);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Refuses an edit started from an older version than the stored one. */
    public void checkUnchangedSince(long versionSeenByUser) {
        org.parcours.domain.StaleEditException.check(version, versionSeenByUser);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public EmailAddress getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    @Override
    public String toString() {
        return "Person[" + id + ", " + username + "]";
    }
}
