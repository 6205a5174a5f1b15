package org.parcours.domain.territory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;

/**
 * A pilot territory (territoire pilote): a local authority and the team that follows the path for it.
 * <p>
 * Its name is unique across Parcours (the repository and a database constraint hold that), its team
 * never holds the same email twice.
 */
@Entity
@Table(name = "territory")
public class Territory implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int REGION_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private TerritoryKind kind;

    @Column(name = "region", nullable = false, length = REGION_MAX)
    private String region;

    /** Sample data loaded for a demonstration, shown as such so nobody takes it for a real territory. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "territory", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fullName")
    private List<Member> members = new ArrayList<>();

    protected Territory() {
        // for JPA
    }

    public Territory(String name, TerritoryKind kind, String region) {
        describe(name, kind, region);
    }

    /** Sets what the territory is: its name, its level of government and its region. */
    public final void describe(String name, TerritoryKind kind, String region) {
        if (kind == null) {
            throw new RuleViolation("kind", "field.required");
        }
        this.name = Text.required(name, NAME_MAX, "name");
        this.kind = kind;
        this.region = Text.required(region, REGION_MAX, "region");
    }

    /** Marks the territory as sample data of a demonstration. */
    public void markAsDemo() {
        this.demo = true;
    }

    /** Refuses an edit started from an older version than the stored one. */
    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    /** Adds a person to the team; an email already in the team is refused. */
    public Member addMember(String fullName, EmailAddress email, TeamRole teamRole, String organisation) {
        Objects.requireNonNull(email, "email");
        refuseDuplicateEmail(email, null);
        Member member = new Member(this, fullName, email, teamRole, organisation);
        members.add(member);
        return member;
    }

    /** Changes what the team knows of one of its members. */
    public void updateMember(long memberId, String fullName, EmailAddress email, TeamRole teamRole,
            String organisation) {
        Member member = member(memberId);
        refuseDuplicateEmail(email, member);
        member.update(fullName, email, teamRole, organisation);
    }

    /** Takes a person out of the team. */
    public void removeMember(long memberId) {
        members.remove(member(memberId));
    }

    /** Whether the person with this email belongs to the team. */
    public boolean hasMember(EmailAddress email) {
        return members.stream().anyMatch(m -> m.getEmail().equals(email));
    }

    private Member member(long memberId) {
        return members.stream()
                .filter(m -> m.getId() != null && m.getId() == memberId)
                .findFirst()
                .orElseThrow(() -> new RuleViolation(null, "member.unknown", memberId));
    }

    private void refuseDuplicateEmail(EmailAddress email, Member except) {
        boolean taken = members.stream().anyMatch(m -> m != except && m.getEmail().equals(email));
        if (taken) {
            throw new RuleViolation("email", "member.email.duplicate", email.getValue());
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

    public TerritoryKind getKind() {
        return kind;
    }

    public String getRegion() {
        return region;
    }

    public boolean isDemo() {
        return demo;
    }

    public List<Member> getMembers() {
        return Collections.unmodifiableList(members);
    }

    @Override
    public String toString() {
        return "Territory[" + id + ", " + name + "]";
    }
}
