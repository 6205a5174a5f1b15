package org.parcours.application.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.work.StoredUploads;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataSection;

/**
 * Erases one data subject in the caller's transaction: every section anonymises its area, then the
 * account (if any) is anonymised through the domain. Files are deleted only once the transaction has
 * committed, so a rolled-back erasure loses nothing.
 */
@ApplicationScoped
public class Erasure {

    @Inject
    @Any
    Instance<PersonalDataSection> sections;

    @Inject
    PersonRepository people;


    @Inject
    StoredUploads storedUploads;

    /** The sections in a stable order (by name). */
    List<PersonalDataSection> sections() {
        return sections.stream().sorted(Comparator.comparing(PersonalDataSection::name)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ErasureReceipt erase(DataSubject subject, Instant when) {
        ErasedIdentity erased = subject.erasedIdentity();
        ErasureReceipt receipt = new ErasureReceipt();
        for (PersonalDataSection section : sections()) {
            section.erase(subject, erased, receipt);
        }
        if (subject.hasAccount()) {
            people.find(subject.personId()).ifPresent(person -> person.erase(erased, when));
            people.flush();
        }
        List<String> stored = receipt.storedFiles();
        storedUploads.deleteAfterCommit(stored);
        return receipt;
    }
}
