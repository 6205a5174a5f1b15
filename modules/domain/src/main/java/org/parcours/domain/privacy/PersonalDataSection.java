package org.parcours.domain.privacy;

import java.io.IOException;

/**
 * One area's part of a person's data (profile, attendance, individual work, co-development...).
 * Implementations are CDI beans, found by the privacy use cases with {@code Instance<PersonalDataSection>}:
 * an area added later plugs in by adding one bean, with nothing to change elsewhere.
 *
 * <p>Both methods run in the caller's transaction. {@link #erase} must remove or anonymise what
 * identifies the subject while keeping rows that others' figures rely on (attendance counts, places
 * taken, votes), detached from the identity.
 */
public interface PersonalDataSection {

    /** The folder of this section in the archive, e.g. "attendance"; also its order key. */
    String name();

    /** Writes what this area holds about the subject into the archive. */
    void export(DataSubject subject, PersonalDataArchive archive) throws IOException;

    /**
     * Removes or anonymises what this area holds about the subject (called before the person's own
     * record is anonymised: the subject still carries the old username and email to match on).
     */
    void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt);
}
