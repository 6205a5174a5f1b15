package org.parcours.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.person.Person;

/**
 * A person's choice of exchange-space emails, with the secret token of their unsubscribe link: the
 * link works without signing in, so the token is random (256 bits) and the only key.
 */
@Entity
@Table(name = "exchange_mail_preference")
public class MailPreference implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 16)
    private MailFrequency frequency = MailFrequency.IMMEDIATE;

    @Column(name = "unsubscribe_token", nullable = false, unique = true, length = 43)
    private String unsubscribeToken;

    protected MailPreference() {
        // for JPA
    }

    /** The default choice (immediate emails) for someone who never chose. */
    public MailPreference(Person person) {
        this.person = Objects.requireNonNull(person, "person");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.unsubscribeToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public void choose(MailFrequency newFrequency, long versionSeen) {
        StaleEditException.check(version, versionSeen);
        this.frequency = Objects.requireNonNull(newFrequency, "frequency");
    }

    /** The one-click link: no more emails, whatever was chosen before. */
    public void unsubscribe() {
        this.frequency = MailFrequency.NONE;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Person getPerson() { return person; }
    public MailFrequency getFrequency() { return frequency; }
    public String getUnsubscribeToken() { return unsubscribeToken; }
}
