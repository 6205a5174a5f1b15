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
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;
import org.parcours.domain.work.FileStore;

/**
 * The exchange space and the network directory: threads the person started, posts they wrote (with
 * their attachments), where they were mentioned, their email choice, and their directory entry.
 * Erasure deletes their attachments, their email choice and their directory entry; posts stay in
 * their threads (others replied to them) under the anonymised account.
 */
@ApplicationScoped
public class ExchangeSection extends SqlSection {

    @Inject
    FileStore files;

    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        if (!subject.hasAccount()) {
            return;
        }
        long person = subject.personId();
        try (Connection db = connection()) {
            archive.records("threads-started", Sql.rows(db, "select t.id as thread_id, t.title, t.theme, t.started_at"
                    + " from exchange_thread t where t.started_by = ? order by t.started_at", person));
            List<Map<String, Object>> posts = Sql.rows(db, "select p.id as post_id, p.thread_id, t.title as thread,"
                    + " p.body, p.posted_at, p.edited_at, p.hidden, p.file_name, p.content_type, p.size_bytes,"
                    + " p.stored_name from exchange_post p join exchange_thread t on t.id = p.thread_id"
                    + " where p.author_id = ? order by p.posted_at", person);
            for (Map<String, Object> post : posts) {
                String stored = (String) post.remove("stored_name");
                if (stored == null) {
                    continue;
                }
                String path = "files/" + post.get("post_id") + "-" + WorkSection.safe((String) post.get("file_name"));
                post.put("archive_path", "exchange/" + path);
                try (InputStream content = files.open(stored)) {
                    archive.file(path, content);
                } catch (NoSuchFileException missing) {
                    post.put("archive_path", null);
                }
            }
            archive.records("posts", posts);
            archive.records("mentions", Sql.rows(db, "select m.post_id, p.thread_id, p.posted_at from exchange_mention m"
                    + " join exchange_post p on p.id = m.post_id where m.person_id = ? order by p.posted_at", person));
            archive.records("email-choice", Sql.rows(db, "select frequency from exchange_mail_preference"
                    + " where person_id = ?", person));
            archive.records("directory-entry", Sql.rows(db, "select e.listed, e.phone, e.expertise, e.show_email,"
                    + " e.show_phone, e.show_expertise, e.show_themes, e.updated_at,"
                    + " (select group_concat(th.theme order by th.theme) from directory_entry_theme th"
                    + " where th.entry_id = e.id) as themes from directory_entry e where e.person_id = ?", person));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        if (!subject.hasAccount()) {
            return;
        }
        long person = subject.personId();
        try (Connection db = connection()) {
            Sql.rows(db, "select stored_name from exchange_post where author_id = ? and stored_name is not null", person)
                    .forEach(row -> receipt.deleteAfterCommit((String) row.get("stored_name")));
            receipt.changed(Sql.update(db, "update exchange_post set stored_name = null, file_name = null,"
                    + " content_type = null, size_bytes = null where author_id = ? and stored_name is not null", person));
            receipt.changed(Sql.update(db, "delete from exchange_mail_preference where person_id = ?", person));
            receipt.changed(Sql.update(db, "delete from directory_entry where person_id = ?", person));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
