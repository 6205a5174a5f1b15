package org.parcours.web.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.work.Download;
import org.parcours.domain.RuleViolation;

/**
 * Sends a file the safe way, stored (handed-in work, the resource centre) or made for the request
 * (exports): always
 * as an attachment, never sniffed, sandboxed if opened, never cached; 403 when the use case refuses
 * the caller, 404 when it knows no such file.
 */
public final class FileDownloads {

    private FileDownloads() {
    }

    /** Sends a file made for the request (an export, a PDF): attachment, never sniffed nor cached. */
    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    public static void send(HttpServletResponse response, Supplier<Download> file) throws IOException {
        Download download;
        try {
            download = file.get();
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = download.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(download.size());
        try (InputStream in = download.content()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
