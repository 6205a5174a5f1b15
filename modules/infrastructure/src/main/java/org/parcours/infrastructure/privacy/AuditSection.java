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
 * The audit trail about the person: what they did (as actor) and what was done to their account
 * (subject "person &lt;username&gt;"), the latest 10,000. Erasure keeps every event (the trail must stay
 * complete) with the pseudonym in place of their username, and their email cut out of team details.
 */
@ApplicationScoped
public class AuditSection extends SqlSection {

    static final int MAX_EVENTS = 10_000;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        if (!subject.hasAccount()) {
            return;
        }
        try (Connection db = connection()) {
            archive.records("events", Sql.rows(db, "select occurred_at, actor, action, subject, detail from audit_event"
                    + " where actor = ? or subject = ? order by occurred_at desc limit " + MAX_EVENTS,
                    subject.username(), "person " + subject.username()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        try (Connection db = connection()) {
            if (subject.hasAccount()) {
                receipt.changed(Sql.update(db, "update audit_event set actor = ? where actor = ?",
                        erased.username(), subject.username()));
                receipt.changed(Sql.update(db, "update audit_event set subject = ? where subject = ?",
                        "person " + erased.username(), "person " + subject.username()));
            }
            // Team changes list members' emails in their detail.
            receipt.changed(Sql.update(db, "update audit_event set detail = replace(detail, ?, ?)"
                    + " where action in ('TERRITORY_REGISTERED', 'TERRITORY_REVISED') and detail like ?",
                    subject.email(), erased.email().getValue(), "%" + subject.email() + "%"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
