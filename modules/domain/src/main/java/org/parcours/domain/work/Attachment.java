package org.parcours.domain.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A file handed in with a submission. It is stored under a random name ({@code storedName}); the name
 * the person gave is only shown, never used as a path.
 */
@Embeddable
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 200;

    @Column(name = "stored_name", nullable = false, length = 64)
    private String storedName;

    @Column(name = "file_name", nullable = false, length = NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    protected Attachment() {
        // for JPA
    }

    public Attachment(String storedName, String fileName, FileType type, long size) {
        this.storedName = storedName;
        this.fileName = UploadPolicy.displayName(fileName);
        this.contentType = type.contentType();
        this.size = size;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }
}
