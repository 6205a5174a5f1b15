package org.parcours.domain.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;

class UploadPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void allowed_files_whose_content_matches_their_extension_are_accepted() throws IOException {
        assertThat(UploadPolicy.check("rapport.PDF", PDF, "files")).isEqualTo(FileType.PDF);
        assertThat(UploadPolicy.check("carte.png", PNG, "files")).isEqualTo(FileType.PNG);
        assertThat(UploadPolicy.check("notes.txt", "Bonjour, ça va ?\n".getBytes(StandardCharsets.UTF_8), "files"))
                .isEqualTo(FileType.TEXT);
        assertThat(UploadPolicy.check("plan.docx", zip("[Content_Types].xml", "word/document.xml"), "files"))
                .isEqualTo(FileType.DOCX);
        assertThat(UploadPolicy.check("budget.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), "files"))
                .isEqualTo(FileType.XLSX);
    }

    @Test
    void executables_are_refused_whatever_their_name() {
        assertThatThrownBy(() -> UploadPolicy.check("rapport.pdf", EXE, "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("upload.executable");
                    assertThat(e.field()).isEqualTo("files");
                });
        assertThatThrownBy(() -> UploadPolicy.check("script.txt", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII), "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.executable"));
    }

    @Test
    void types_outside_the_allow_list_are_refused() {
        assertThatThrownBy(() -> UploadPolicy.check("setup.exe", PDF, "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.typeNotAllowed"));
        assertThatThrownBy(() -> UploadPolicy.check("page.html", "<html>".getBytes(StandardCharsets.US_ASCII), "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.typeNotAllowed"));
        assertThatThrownBy(() -> UploadPolicy.check("sans-extension", PDF, "files")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void content_that_does_not_match_the_extension_is_refused() throws IOException {
        assertThatThrownBy(() -> UploadPolicy.check("photo.jpg", PNG, "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.contentMismatch"));
        assertThatThrownBy(() -> UploadPolicy.check("binaire.txt", new byte[] {'a', 0, 'b'}, "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.contentMismatch"));
        assertThatThrownBy(() -> UploadPolicy.check("faux.docx", zip("readme.txt"), "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.contentMismatch"));
        assertThatThrownBy(() -> UploadPolicy.check("court.odt", new byte[] {'P', 'K', 3, 4}, "files"))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void empty_and_oversized_files_are_refused() {
        assertThatThrownBy(() -> UploadPolicy.check("vide.pdf", new byte[0], "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.empty"));
        byte[] big = new byte[(int) UploadPolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> UploadPolicy.check("gros.pdf", big, "files"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("upload.tooLarge"));
    }

    @Test
    void the_shown_name_never_carries_a_path() {
        assertThat(UploadPolicy.displayName("C:\\Users\\x\\..\\rapport.pdf")).isEqualTo("rapport.pdf");
        assertThat(UploadPolicy.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadPolicy.displayName("a\"b\r\n.pdf")).isEqualTo("ab.pdf");
    }
}
