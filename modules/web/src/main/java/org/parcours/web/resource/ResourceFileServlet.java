package org.parcours.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.work.Download;
import org.parcours.application.resource.ResourceCentre;
import org.parcours.domain.RuleViolation;

/**
 * Sends a document of the resource centre: {@code /files/resource?id=<resource>}. Always as an
 * attachment, with its checked type, nosniff and a sandboxing CSP, so that nothing uploaded ever runs
 * in Parcours' origin. Access is checked by the use case (a hidden suggestion answers 404).
 */
@WebServlet("/files/resource")
public class ResourceFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ResourceCentre centre;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Download download;
        try {
            download = centre.file(id);
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
