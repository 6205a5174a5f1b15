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
 * The resource centre: the person's read and useful marks and the resources they suggested or added.
 * Erasure keeps marks (the counts shown on resources), detached, and replaces their username on the
 * resources they created.
 */
@ApplicationScoped
public class ResourceSection extends SqlSection {

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        if (!subject.hasAccount()) {
            return;
        }
        try (Connection db = connection()) {
            archive.records("marks", Sql.rows(db, "select r.id as resource_id, r.title, m.read_at, m.useful"
                    + " from resource_mark m join resource r on r.id = m.resource_id where m.person_id = ? order by r.title",
                    subject.personId()));
            archive.records("created", Sql.rows(db, "select r.id as resource_id, r.title, r.status from resource r"
                    + " where r.created_by = ? or r.suggested_by = ? order by r.id", subject.username(), subject.personId()));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        if (!subject.hasAccount()) {
            return;
        }
        try (Connection db = connection()) {
            receipt.changed(Sql.update(db, "update resource set created_by = ? where created_by = ?",
                    erased.username(), subject.username()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
