package org.parcours.application.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;
import org.parcours.domain.privacy.PersonalDataRepository;
import org.parcours.domain.privacy.PersonalDataSection;

/**
 * A person's own data, downloaded by them (the right of access and to portability), and the erasure
 * of a person by an admin (the right to erasure), recorded in the audit trail.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    public static final String FORMAT = "parcours-personal-data/1";

    @Inject
    Access access;

    @Inject
    PersonRepository people;

    @Inject
    PersonalDataRepository subjects;

    @Inject
    Erasure erasure;

    @Inject
    AuditTrail audit;

    /**
     * Writes everything Parcours holds about the caller: {@code index.json} (who, when, which
     * sections), then each section's records and files in a folder of its name.
     */
    public void exportMine(PersonalDataArchive archive) throws IOException {
        Person me = access.person().orElseThrow(() -> new AccessDenied("privacy.export"));
        DataSubject subject = subjects.subject(me.getId()).orElseThrow(() -> new AccessDenied("privacy.export"));
        List<PersonalDataSection> sections = erasure.sections();
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format", FORMAT);
        index.put("exported_at", Instant.now().toString());
        index.put("person_id", me.getId());
        index.put("username", me.getUsername());
        index.put("sections", sections.stream().map(PersonalDataSection::name).toList());
        archive.records("index", List.of(index));
        for (PersonalDataSection section : sections) {
            section.export(subject, new InFolder(archive, section.name()));
        }
        audit.change(AuditAction.PERSONAL_DATA_EXPORTED, "person " + me.getUsername(), null);
    }

    /**
     * Erases a person for good (admins only). {@code confirmation} must repeat their username: the
     * confirmation step, checked here and not only on the page.
     *
     * @return the pseudonym they now carry
     */
    public String erase(long personId, @NotBlank @Size(max = 64) String confirmation) {
        access.requireAny("privacy.erase", Role.ADMIN);
        Person person = people.find(personId).orElseThrow(() -> new RuleViolation(null, "privacy.erase.unknown"));
        if (person.isErased()) {
            throw new RuleViolation(null, "privacy.erase.already");
        }
        if (!person.getUsername().equals(confirmation.strip())) {
            throw new RuleViolation("confirmation", "privacy.erase.confirmation.mismatch", person.getUsername());
        }
        if (person.getUsername().equals(access.username())) {
            throw new RuleViolation("confirmation", "privacy.erase.self");
        }
        DataSubject subject = subjects.subject(personId).orElseThrow();
        ErasureReceipt receipt = erasure.erase(subject, Instant.now());
        String pseudonym = subject.erasedIdentity().displayName();
        audit.change(AuditAction.PERSON_ERASED, "person " + subject.erasedIdentity().username(),
                receipt.rows() + " rows anonymised in " + subject.memberIds().size() + " membership(s), "
                        + receipt.storedFiles().size() + " file(s) deleted");
        return pseudonym;
    }

    /** A section's view of the archive: everything it writes goes into its folder. */
    private record InFolder(PersonalDataArchive archive, String folder) implements PersonalDataArchive {
        @Override
        public void records(String name, List<Map<String, Object>> rows) throws IOException {
            archive.records(folder + "/" + name, rows);
        }

        @Override
        public void file(String name, InputStream content) throws IOException {
            archive.file(folder + "/" + name, content);
        }
    }
}
