package org.parcours.infrastructure.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;
import org.parcours.domain.work.FileStore;

/**
 * Individual work the person handed in (the submissions they last saved for their territory) with
 * their files, and the feedback they wrote as a facilitator. Erasure deletes the files they uploaded
 * (after commit) and replaces their name on the territory's submissions and on feedback.
 */
@ApplicationScoped
public class WorkSection extends SqlSection {

    private static final Logger LOG = Logger.getLogger(WorkSection.class.getName());

    @Inject
    FileStore files;

    @Override
    public String name() {
        return "work";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        if (!subject.hasAccount()) {
            return;
        }
        try (Connection db = connection()) {
            archive.records("submissions", Sql.rows(db, "select sub.id as submission_id, s.title as session,"
                    + " t.name as territory, sub.body, sub.submitted_at, sub.late, sub.feedback, sub.feedback_by, sub.feedback_at"
                    + " from submission sub join assignment a on a.id = sub.assignment_id"
                    + " join path_session s on s.id = a.session_id join territory t on t.id = sub.territory_id"
                    + " where sub.submitted_by = ? order by sub.submitted_at", subject.username()));
            List<Map<String, Object>> stored = Sql.rows(db, "select f.submission_id, f.position, f.stored_name,"
                    + " f.file_name, f.content_type, f.size_bytes from submission_file f"
                    + " join submission sub on sub.id = f.submission_id where sub.submitted_by = ?"
                    + " order by f.submission_id, f.position", subject.username());
            for (Map<String, Object> file : stored) {
                String path = "files/" + file.get("submission_id") + "-" + file.get("position") + "-"
                        + safe((String) file.get("file_name"));
                file.put("archive_path", "work/" + path);
                try (InputStream content = files.open((String) file.remove("stored_name"))) {
                    archive.file(path, content);
                } catch (NoSuchFileException missing) {
                    file.put("archive_path", null); // listed, but its bytes are gone from the files folder
                }
            }
            archive.records("submission-files", stored);
            archive.records("feedback-written", Sql.rows(db, "select sub.id as submission_id, sub.feedback, sub.feedback_at"
                    + " from submission sub where sub.feedback_by = ? order by sub.feedback_at", subject.displayName()));
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
            List<Map<String, Object>> stored = Sql.rows(db, "select f.stored_name from submission_file f"
                    + " join submission sub on sub.id = f.submission_id where sub.submitted_by = ?", subject.username());
            stored.forEach(row -> receipt.deleteAfterCommit((String) row.get("stored_name")));
            receipt.changed(Sql.update(db, "delete f from submission_file f join submission sub on sub.id = f.submission_id"
                    + " where sub.submitted_by = ?", subject.username()));
            receipt.changed(Sql.update(db, "update submission set submitted_by = ? where submitted_by = ?",
                    erased.username(), subject.username()));
            receipt.changed(Sql.update(db, "update submission set feedback_by = ? where feedback_by = ?",
                    erased.displayName(), subject.displayName()));
            LOG.info(() -> "Erasure: " + stored.size() + " handed-in file(s) to delete after commit.");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file name safe inside a ZIP: no folders, no control characters. */
    static String safe(String name) {
        String clean = name == null ? "file" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return clean.isEmpty() ? "file" : clean;
    }
}
