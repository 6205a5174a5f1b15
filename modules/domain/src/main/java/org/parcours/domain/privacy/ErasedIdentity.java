package org.parcours.domain.privacy;

import org.parcours.domain.territory.EmailAddress;

/**
 * What stands in for an erased person: a name that says so with a number (so that lists, attendance
 * counts and histories still add up, without saying who it was), a username no one can sign in with,
 * and an address in the reserved {@code .invalid} domain, which can never receive mail.
 */
public record ErasedIdentity(String displayName, String username, EmailAddress email) {

    public static final String EMAIL_DOMAIN = "erased.invalid";

    /** The pseudonym of a person's account (and of all their team memberships). */
    public static ErasedIdentity ofPerson(long personId) {
        return new ErasedIdentity("Personne effacée n°" + personId, "erased-" + personId,
                EmailAddress.of("erased-" + personId + "@" + EMAIL_DOMAIN, "email"));
    }

    /** The pseudonym of a team member who has no account (numbered by membership, marked "m"). */
    public static ErasedIdentity ofMember(long memberId) {
        return new ErasedIdentity("Personne effacée n°m" + memberId, "erased-m" + memberId,
                EmailAddress.of("erased-m" + memberId + "@" + EMAIL_DOMAIN, "email"));
    }

    /** Whether an address is one of these pseudonyms (already erased). */
    public static boolean isErased(String email) {
        return email != null && email.endsWith("@" + EMAIL_DOMAIN);
    }
}
