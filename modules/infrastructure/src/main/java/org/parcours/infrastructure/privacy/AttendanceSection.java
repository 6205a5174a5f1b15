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
 * Attendance marks of the person's memberships. Erasure keeps every row, so that sessions' counts
 * still add up: the membership they hang on is anonymised by the profile section.
 */
@ApplicationScoped
public class AttendanceSection extends SqlSection {

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        try (Connection db = connection()) {
            archive.records("attendance", Sql.rows(db, "select s.id as session_id, s.title as session, s.starts_at,"
                    + " a.status, a.marked_at, a.self_registered from attendance a join path_session s on s.id = a.session_id"
                    + " where a.member_id in " + Sql.in(subject.memberIds()) + " order by s.starts_at",
                    Sql.with(subject.memberIds())));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        // Nothing identifies the person here but the membership, anonymised by ProfileSection.
    }
}
