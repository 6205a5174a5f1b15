package org.parcours.domain.work;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.parcours.domain.RuleViolation;

/**
 * Which files a submission accepts: at most {@link #MAX_BYTES}, of an allowed type, and whose
 * content really is of the type its extension claims (a renamed executable is refused).
 */
public final class UploadPolicy {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_FILES = 5;

    private UploadPolicy() {
    }

    /** The type of an uploaded file, or a rule violation on {@code field} saying why it is refused. */
    public static FileType check(String fileName, byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw new RuleViolation(field, "upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation(field, "upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (looksExecutable(content)) {
            throw new RuleViolation(field, "upload.executable");
        }
        String extension = extensionOf(fileName);
        FileType claimed = null;
        for (FileType type : FileType.values()) {
            if (type.extension().equals(extension) || (type == FileType.JPEG && extension.equals("jpeg"))) {
                claimed = type;
            }
        }
        if (claimed == null) {
            throw new RuleViolation(field, "upload.typeNotAllowed", extension.isEmpty() ? "?" : extension);
        }
        if (!contentMatches(claimed, content)) {
            throw new RuleViolation(field, "upload.contentMismatch", extension);
        }
        return claimed;
    }

    /** The name shown for a file: its last path segment, without control characters, bounded. */
    public static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "fichier";
        }
        return name.length() > Attachment.NAME_MAX ? name.substring(name.length() - Attachment.NAME_MAX) : name;
    }

    static String extensionOf(String fileName) {
        String name = displayName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksExecutable(byte[] c) {
        return startsWith(c, 'M', 'Z')                                  // Windows PE
                || startsWith(c, 0x7f, 'E', 'L', 'F')                   // Linux ELF
                || startsWith(c, '#', '!')                              // script
                || startsWith(c, 0xca, 0xfe, 0xba, 0xbe)                // Mach-O universal, Java class
                || startsWith(c, 0xcf, 0xfa, 0xed, 0xfe) || startsWith(c, 0xfe, 0xed, 0xfa, 0xcf);
    }

    private static boolean contentMatches(FileType type, byte[] c) {
        return switch (type) {
            case PDF -> startsWith(c, '%', 'P', 'D', 'F', '-');
            case PNG -> startsWith(c, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
            case JPEG -> startsWith(c, 0xff, 0xd8, 0xff);
            case TEXT -> isPlainText(c);
            case DOCX -> zipHolds(c, "[Content_Types].xml", "word/");
            case XLSX -> zipHolds(c, "[Content_Types].xml", "xl/");
            case ODT -> startsWith(c, 'P', 'K', 3, 4) && c.length > 90 && new String(c, 30, Math.min(c.length - 30, 60),
                    StandardCharsets.US_ASCII).contains("mimetypeapplication/vnd.oasis.opendocument.text");
        };
    }

    /** Valid UTF-8 without NUL or other binary control characters. */
    private static boolean isPlainText(byte[] c) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(c)).toString();
            return text.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** An Office Open XML package: a zip holding these entries (by name or prefix), and nothing executable. */
    private static boolean zipHolds(byte[] c, String exact, String prefix) {
        if (!startsWith(c, 'P', 'K', 3, 4)) {
            return false;
        }
        Set<String> names = new HashSet<>();
        boolean hasPrefix = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 2000) {
                String name = entry.getName();
                names.add(name);
                hasPrefix |= name.startsWith(prefix);
                if (name.toLowerCase(Locale.ROOT).endsWith(".exe") || name.toLowerCase(Locale.ROOT).endsWith(".bin")) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return names.contains(exact) && hasPrefix;
    }

    private static boolean startsWith(byte[] c, int... prefix) {
        if (c.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((c[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
