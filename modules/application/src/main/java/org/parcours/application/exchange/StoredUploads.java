package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.parcours.application.work.Upload;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;
import org.parcours.domain.work.FileType;
import org.parcours.domain.work.UploadPolicy;

/**
 * Checks an uploaded file with the same policy as handed-in work (type from the content, size) and
 * stores it; the stored file is removed again if the transaction that took it does not commit.
 */
@ApplicationScoped
public class StoredUploads {

    @Inject
    FileStore files;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The attachment for an upload, or {@code null} when nothing was uploaded. */
    public Attachment store(Upload upload, String field) {
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            return null;
        }
        FileType type = UploadPolicy.check(upload.fileName(), upload.content(), field);
        try {
            String name = files.store(upload.content());
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        files.delete(name);
                    }
                }
            });
            return new Attachment(name, upload.fileName(), type, upload.content().length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
