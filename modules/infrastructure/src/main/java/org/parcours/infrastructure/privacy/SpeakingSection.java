package org.parcours.infrastructure.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;

/** Testimonies and practical situations: the takeaways the person wrote (kept, detached, on erasure). */
@ApplicationScoped
public class SpeakingSection extends SqlSection {

    @Override
    public String name() {
        return "speaking";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        if (!subject.hasAccount()) {
            return;
        }
        try (Connection db = connection()) {
            archive.records("takeaways", Sql.rows(db, "select s.id as session_id, s.title as session, k.text, k.written_at"
                    + " from session_takeaway k join path_session s on s.id = k.session_id where k.person_id = ?"
                    + " order by k.written_at", subject.personId()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        // Takeaways hang on the account, anonymised by the use case.
    }
}
