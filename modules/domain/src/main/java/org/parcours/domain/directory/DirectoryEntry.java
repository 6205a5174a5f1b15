package org.parcours.domain.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.person.Person;
import org.parcours.domain.visit.Theme;

/**
 * A person's entry in the network directory. Opt-in: a new entry is not listed, and a listed entry
 * shows only the name, roles and territories until its person chooses to show more, field by field.
 * The shown* getters are what readers may see: a field not chosen is {@code null} (or empty) there,
 * so a page or the API cannot leak it by mistake.
 */
@Entity
@Table(name = "directory_entry")
public class DirectoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PHONE_MAX = 40;
    public static final int EXPERTISE_MAX = 1000;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()-]{6,40}$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "listed", nullable = false)
    private boolean listed;

    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    @Column(name = "expertise", length = EXPERTISE_MAX)
    private String expertise;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "directory_entry_theme", joinColumns = @JoinColumn(name = "entry_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 32)
    private Set<Theme> themes = new LinkedHashSet<>();

    @Column(name = "show_email", nullable = false)
    private boolean showEmail;

    @Column(name = "show_phone", nullable = false)
    private boolean showPhone;

    @Column(name = "show_expertise", nullable = false)
    private boolean showExpertise;

    @Column(name = "show_themes", nullable = false)
    private boolean showThemes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DirectoryEntry() {
        // for JPA
    }

    /** A person's entry before they chose anything: not listed, nothing shown. */
    public DirectoryEntry(Person person, Instant now) {
        this.person = Objects.requireNonNull(person, "person");
        this.updatedAt = now;
    }

    /** Rewrites the entry: what it holds and which fields it shows. */
    public void describe(String newPhone, String newExpertise, Collection<Theme> newThemes, long versionSeen,
            Instant now) {
        StaleEditException.check(version, versionSeen);
        String number = Text.optional(newPhone, PHONE_MAX, "phone");
        if (number != null && !PHONE.matcher(number).matches()) {
            throw new RuleViolation("phone", "directory.phone.invalid");
        }
        this.phone = number;
        this.expertise = Text.optional(newExpertise, EXPERTISE_MAX, "expertise");
        this.themes.clear();
        if (newThemes != null) {
            this.themes.addAll(newThemes);
        }
        this.updatedAt = now;
    }

    /** Whether the entry appears, and which optional fields readers see. */
    public void choose(boolean list, boolean email, boolean phoneShown, boolean expertiseShown, boolean themesShown) {
        this.listed = list;
        this.showEmail = email;
        this.showPhone = phoneShown;
        this.showExpertise = expertiseShown;
        this.showThemes = themesShown;
    }

    public String getShownEmail() {
        return showEmail ? person.getEmail().getValue() : null;
    }

    public String getShownPhone() {
        return showPhone ? phone : null;
    }

    public String getShownExpertise() {
        return showExpertise ? expertise : null;
    }

    public Set<Theme> getShownThemes() {
        return showThemes ? Collections.unmodifiableSet(themes) : Set.of();
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Person getPerson() { return person; }
    public boolean isListed() { return listed; }
    public String getPhone() { return phone; }
    public String getExpertise() { return expertise; }
    public Set<Theme> getThemes() { return Collections.unmodifiableSet(themes); }
    public boolean isShowEmail() { return showEmail; }
    public boolean isShowPhone() { return showPhone; }
    public boolean isShowExpertise() { return showExpertise; }
    public boolean isShowThemes() { return showThemes; }
    public Instant getUpdatedAt() { return updatedAt; }
}
