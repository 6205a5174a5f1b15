package org.parcours.web.logbook;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.logbook.Logbooks;
import org.parcours.web.shell.ExportLabels;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.work.FileStore;
import org.parcours.infrastructure.documents.LogbookPdf;
import org.parcours.web.shell.FileDownloads;

/**
 * The logbook's files: a picture, {@code /files/logbook-picture?id=<picture>} (sent by {@link FileDownloads}:
 * its checked image type, nosniff, a sandboxing CSP), and an issue as a PDF,
 * {@code /files/logbook.pdf?id=<issue>&lang=fr|en}. Whoever may read the issue gets them: 403 otherwise,
 * 404 for an unknown id, 400 for a malformed one.
 */
@WebServlet(urlPatterns = {"/files/logbook-picture", "/files/logbook.pdf"})
public class LogbookFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Logbooks logbooks;
    @Inject
    transient FileStore files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (request.getServletPath().endsWith("logbook-picture")) {
            FileDownloads.send(response, () -> logbooks.picture(id));
            return;
        }
        LogbookIssue issue;
        try {
            issue = logbooks.read(id);
        } catch (AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RuleViolation unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = ExportLabels.localeOf(request);
        byte[] pdf = LogbookPdf.write(issue, Months.label(issue.month(), locale),
                picture -> files.open(picture.getFile().getStoredName()), ExportLabels.in(locale));
        FileDownloads.send(response, "application/pdf", "carnet-de-bord-" + issue.month() + ".pdf", pdf);
    }
}
