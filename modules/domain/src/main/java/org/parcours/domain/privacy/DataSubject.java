package org.parcours.domain.privacy;

import java.util.List;
import java.util.Objects;

/**
 * Whom personal data is about, as each area finds it: a person's account (id and username) and the
 * team memberships with their email. A team member without an account has no person id nor username
 * (the retention period also anonymises them).
 *
 * @param personId the account's id, or {@code null} for a team member without an account
 * @param username the account's username, or {@code null}
 * @param displayName the name as held before any erasure
 * @param email the address as held before any erasure (the key of team memberships)
 * @param memberIds the team memberships (member rows) of this person, possibly empty
 */
public record DataSubject(Long personId, String username, String displayName, String email, List<Long> memberIds) {

    public DataSubject {
        Objects.requireNonNull(displayName, "displayName");
        memberIds = List.copyOf(memberIds);
    }

    public boolean hasAccount() {
        return personId != null;
    }

    /** The pseudonym that replaces this subject's identity everywhere once erased. */
    public ErasedIdentity erasedIdentity() {
        return hasAccount() ? ErasedIdentity.ofPerson(personId) : ErasedIdentity.ofMember(memberIds.get(0));
    }
}
