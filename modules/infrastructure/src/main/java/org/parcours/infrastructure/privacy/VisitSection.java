package org.parcours.infrastructure.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;

/**
 * Learning visits: the person's registrations (place or waiting list) with their debriefs, and the
 * visits they proposed. Erasure keeps registrations (places taken must still add up), detached.
 */
@ApplicationScoped
public class VisitSection extends SqlSection {

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        try (Connection db = connection()) {
            archive.records("registrations", Sql.rows(db, "select v.id as visit_id, v.practice, v.starts_at, r.status,"
                    + " r.registered_at, r.promoted_at, r.learnt, r.will_try, r.debriefed_at from visit_registration r"
                    + " join learning_visit v on v.id = r.visit_id where r.member_id in " + Sql.in(subject.memberIds())
                    + " order by v.starts_at", Sql.with(subject.memberIds())));
            if (subject.hasAccount()) {
                archive.records("proposed", Sql.rows(db, "select v.id as visit_id, v.practice, v.starts_at"
                        + " from learning_visit v where v.proposed_by = ? order by v.starts_at", subject.personId()));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        // Registrations hang on the membership, proposals on the account: both anonymised elsewhere.
    }
}
