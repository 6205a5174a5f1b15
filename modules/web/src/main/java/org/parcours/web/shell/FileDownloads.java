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
 * Sends a stored file the safe way, whatever holds it (handed-in work, the resource centre): always
 * as an attachment, never sniffed, sandboxed if opened, never cached; 403 when the use case refuses
 * the caller, 404 when it knows no such file.
 */
public final class FileDownloads {

    private FileDownloads() {
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
