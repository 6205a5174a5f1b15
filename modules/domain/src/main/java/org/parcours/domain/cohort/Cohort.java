package org.parcours.domain.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;

/**
 * A cohort: one run of the path for a set of pilot territories (twelve by default), run by
 * facilitators over a period of nine months by default.
 */
@Entity
@Table(name = "cohort")
public class Cohort implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    /** How many territories a cohort is planned for unless said otherwise. */
    public static final int DEFAULT_TERRITORIES = 12;
    /** How many days a session's questionnaire stays open, unless its facilitators choose otherwise (1 to 30). */
    public static final int DEFAULT_QUESTIONNAIRE_DAYS = 7;
    public static final int MIN_QUESTIONNAIRE_DAYS = 1;
    public static final int MAX_QUESTIONNAIRE_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Embedded
    private CohortPeriod period;

    @ManyToMany
    @JoinTable(name = "cohort_territory",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "territory_id"))
    private Set<Territory> territories = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "cohort_facilitator",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> facilitators = new HashSet<>();

    /** The institutional partners who follow this cohort: they read its progress, never its private work. */
    @ManyToMany
    @JoinTable(name = "cohort_partner",
            joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> partners = new HashSet<>();

    @Column(name = "questionnaire_days", nullable = false)
    private int questionnaireDays = DEFAULT_QUESTIONNAIRE_DAYS;

    protected Cohort() {
        // for JPA
    }

    public Cohort(String name, CohortPeriod period) {
        rename(name);
        this.period = Objects.requireNonNull(period, "period");
    }

    /** How many days each session's questionnaire stays open after the session, from 1 to 30. */
    public void chooseQuestionnaireDays(int days) {
        if (days < MIN_QUESTIONNAIRE_DAYS || days > MAX_QUESTIONNAIRE_DAYS) {
            throw new RuleViolation("days", "evaluation.window.range", MIN_QUESTIONNAIRE_DAYS, MAX_QUESTIONNAIRE_DAYS);
        }
        questionnaireDays = days;
    }

    public int getQuestionnaireDays() {
        return questionnaireDays;
    }

    public final void rename(String name) {
        this.name = Text.required(name, NAME_MAX, "name");
    }

    /**
     * Moves the cohort to another period. Its territories must still be free of any other cohort
     * over the new period.
     */
    public void reschedule(CohortPeriod newPeriod, Collection<Cohort> otherCohortsOfItsTerritories) {
        Objects.requireNonNull(newPeriod, "period");
        CohortPeriod previous = this.period;
        this.period = newPeriod;
        try {
            territories.forEach(t -> refuseIfBusyElsewhere(t, otherCohortsOfItsTerritories));
        } catch (RuleViolation e) {
            this.period = previous;
            throw e;
        }
    }

    /**
     * Sets the territories that follow this cohort. A territory already following another cohort
     * over an overlapping period is refused: a territory follows one cohort at a time.
     *
     * @param otherCohorts the cohorts these territories follow (this one may be among them)
     */
    public void enrol(Collection<Territory> newTerritories, Collection<Cohort> otherCohorts) {
        newTerritories.forEach(t -> refuseIfBusyElsewhere(t, otherCohorts));
        territories.retainAll(newTerritories);
        territories.addAll(newTerritories);
    }

    /** Sets who runs the cohort; only people holding the facilitator role may. */
    public void assignFacilitators(Collection<Person> people) {
        for (Person person : people) {
            if (!person.holds(Role.FACILITATOR)) {
                throw new RuleViolation("facilitators", "cohort.facilitator.notFacilitator",
                        person.getDisplayName());
            }
        }
        facilitators.retainAll(people);
        facilitators.addAll(people);
    }

    /** Sets the partners who follow the cohort; only people holding the partner role may. */
    public void assignPartners(Collection<Person> people) {
        for (Person person : people) {
            if (!person.holds(Role.PARTNER)) {
                throw new RuleViolation("partners", "cohort.partner.notPartner", person.getDisplayName());
            }
        }
        partners.retainAll(people);
        partners.addAll(people);
    }

    /** Whether this person (by username) runs the cohort. */
    public boolean isFacilitatedBy(String username) {
        return username != null && facilitators.stream().anyMatch(p -> p.getUsername().equals(username));
    }

    /** Whether this person (by username) follows the cohort as a partner. */
    public boolean isFollowedByPartner(String username) {
        return username != null && partners.stream().anyMatch(p -> p.getUsername().equals(username));
    }

    /** Whether one of these territories takes part in the cohort. */
    public boolean includesAnyOf(Collection<Long> territoryIds) {
        return territories.stream().anyMatch(t -> territoryIds.contains(t.getId()));
    }

    /** Refuses an edit started from an older version than the stored one. */
    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    public boolean follows(Territory territory) {
        return territories.contains(territory);
    }

    public boolean isRunningOn(LocalDate day) {
        return period.contains(day);
    }

    private void refuseIfBusyElsewhere(Territory territory, Collection<Cohort> otherCohorts) {
        for (Cohort other : otherCohorts) {
            boolean elsewhere = other != this && (id == null || !id.equals(other.id));
            if (elsewhere && other.follows(territory) && other.period.overlaps(period)) {
                throw new RuleViolation("territories", "cohort.territory.alreadyEnrolled",
                        territory.getName(), other.name);
            }
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public CohortPeriod getPeriod() {
        return period;
    }

    public Set<Territory> getTerritories() {
        return Collections.unmodifiableSet(territories);
    }

    public Set<Person> getFacilitators() {
        return Collections.unmodifiableSet(facilitators);
    }

    public Set<Person> getPartners() {
        return Collections.unmodifiableSet(partners);
    }

    @Override
    public String toString() {
        return "Cohort[" + id + ", " + name + "]";
    }
}
