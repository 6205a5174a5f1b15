package org.parcours.domain.work;

/** The kinds of file a submission may carry, with the extension and content type they are served with. */
public enum FileType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg"),
    TEXT("txt", "text/plain; charset=UTF-8");

    private final String extension;
    private final String contentType;

    FileType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
