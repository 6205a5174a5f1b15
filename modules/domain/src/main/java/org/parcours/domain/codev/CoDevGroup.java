package org.parcours.domain.codev;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.Theme;

/**
 * A co-development group: four to eight peers, each from a different territory of the cohort, and the
 * facilitator of the cohort who runs it (the animateur).
 */
@Entity
@Table(name = "codev_group")
public class CoDevGroup implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int MIN_MEMBERS = 4;
    public static final int MAX_MEMBERS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", updatable = false)
    private Cohort cohort;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 32)
    private Theme theme;

    @ManyToOne(optional = false)
    @JoinColumn(name = "animateur_id")
    private Person animateur;

    @ManyToMany
    @JoinTable(name = "codev_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> members = new HashSet<>();

    protected CoDevGroup() {
        // for JPA
    }

    public CoDevGroup(Cohort cohort, String name, Theme theme, Person animateur, Collection<Member> members) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        compose(name, theme, animateur, members);
    }

    /**
     * Sets the group's name, theme, animateur and members: four to eight members, each from a
     * different territory following the cohort, run by one of the cohort's facilitators.
     */
    public final void compose(String name, Theme theme, Person animateur, Collection<Member> chosen) {
        String checkedName = Text.required(name, NAME_MAX, "name");
        if (animateur == null) {
            throw new RuleViolation("animateur", "field.required");
        }
        if (!animateur.holds(Role.FACILITATOR) || !cohort.getFacilitators().contains(animateur)) {
            throw new RuleViolation("animateur", "codev.animateur.notFacilitatorOfCohort", animateur.getDisplayName());
        }
        Set<Member> distinct = new HashSet<>(chosen);
        if (distinct.size() < MIN_MEMBERS || distinct.size() > MAX_MEMBERS) {
            throw new RuleViolation("members", "codev.group.sizeRange", MIN_MEMBERS, MAX_MEMBERS, distinct.size());
        }
        Set<Territory> seen = new HashSet<>();
        for (Member member : distinct) {
            Territory territory = member.getTerritory();
            if (!cohort.follows(territory)) {
                throw new RuleViolation("members", "codev.member.notInCohort", member.getFullName(), territory.getName());
            }
            if (!seen.add(territory)) {
                throw new RuleViolation("members", "codev.group.sameTerritory", territory.getName());
            }
        }
        this.name = checkedName;
        this.theme = theme;
        this.animateur = animateur;
        members.retainAll(distinct);
        members.addAll(distinct);
    }

    /**
     * Refuses a client who is not in the group, or who was already client while some members have
     * not been yet: everyone is client once over the cycle before anyone is client again.
     */
    public void checkClient(Member client, Collection<Member> previousClients) {
        if (client == null) {
            throw new RuleViolation("clientId", "field.required");
        }
        if (!members.contains(client)) {
            throw new RuleViolation("clientId", "codev.client.notMember", client.getFullName());
        }
        Set<Member> past = new HashSet<>(previousClients);
        past.retainAll(members);
        boolean cycleComplete = past.containsAll(members);
        if (past.contains(client) && !cycleComplete) {
            throw new RuleViolation("clientId", "codev.client.alreadyClient", client.getFullName());
        }
    }

    /** The members who have not been client yet in this cycle, given the clients so far (in order). */
    public List<Member> awaitingTheirTurn(List<Member> previousClients) {
        Set<Member> past = new HashSet<>(previousClients);
        past.retainAll(members);
        if (past.containsAll(members)) {
            past.clear();
        }
        List<Member> waiting = new ArrayList<>();
        for (Member member : sortedMembers()) {
            if (!past.contains(member)) {
                waiting.add(member);
            }
        }
        return waiting;
    }

    /** Whether the person with this email is one of the group's members. */
    public boolean hasMemberWithEmail(EmailAddress email) {
        return email != null && members.stream().anyMatch(m -> m.getEmail().equals(email));
    }

    public boolean includes(Member member) {
        return members.contains(member);
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    /** The members by territory name, then name: the order pages show them in. */
    public List<Member> sortedMembers() {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort((a, b) -> {
            int byTerritory = a.getTerritory().getName().compareTo(b.getTerritory().getName());
            return byTerritory != 0 ? byTerritory : a.getFullName().compareTo(b.getFullName());
        });
        return sorted;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getName() {
        return name;
    }

    public Theme getTheme() {
        return theme;
    }

    public Person getAnimateur() {
        return animateur;
    }

    public Set<Member> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    @Override
    public String toString() {
        return "CoDevGroup[" + id + ", " + name + "]";
    }
}
