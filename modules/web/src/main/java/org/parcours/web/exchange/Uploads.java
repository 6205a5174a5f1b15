package org.parcours.web.exchange;

import org.parcours.application.work.Upload;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.work.UploadPolicy;
import org.primefaces.model.file.UploadedFile;

/** The file of a form as an upload (none when empty); an oversized one is refused before it is read. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(UploadedFile file) {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > UploadPolicy.MAX_BYTES) {
            throw new RuleViolation("file", "upload.tooLarge", UploadPolicy.MAX_BYTES / (1024 * 1024));
        }
        return new Upload(file.getFileName(), file.getContent());
    }
}
