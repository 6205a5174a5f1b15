package org.parcours.application.work;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;
import org.parcours.domain.work.FileType;
import org.parcours.domain.work.UploadPolicy;

/**
 * Files stored and deleted in step with the transaction that uses them: a file stored for a change
 * that does not commit is removed again, and a file deleted by a change goes only once it commits.
 * Every area that takes uploads (handed-in work, resources, logbook pictures, posts) and erasure
 * goes through here.
 */
@ApplicationScoped
public class StoredUploads {

    @Inject
    FileStore files;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Checks an upload with the upload policy (type from the content, size) and stores it; the
     * attachment, or {@code null} when nothing was uploaded.
     */
    public Attachment store(Upload upload, String field) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            return null;
        }
        FileType type = UploadPolicy.check(upload.fileName(), upload.content(), field);
        return new Attachment(store(upload.content()), upload.fileName(), type, upload.content().length);
    }

    /** Stores already checked content now; it is removed again if the transaction does not commit. */
    public String store(byte[] content) {
        try {
            String name = files.store(content);
            afterCompletion(committed -> {
                if (!committed) {
                    files.delete(name);
                }
            });
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the stored files once the transaction commits (never if it rolls back). */
    public void deleteAfterCommit(Collection<String> storedNames) {
        if (storedNames.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(storedNames);
        afterCompletion(committed -> {
            if (committed) {
                names.forEach(files::delete);
            }
        });
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
