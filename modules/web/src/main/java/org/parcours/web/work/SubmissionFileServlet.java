package org.parcours.web.work;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parcours.web.shell.FileDownloads;
import java.io.IOException;
import org.parcours.application.work.IndividualWork;

/**
 * Sends a submitted file: {@code /files/submission?id=<submission>&n=<index>}. Always as an
 * attachment, with its checked type, nosniff and a sandboxing CSP, so that nothing uploaded ever runs
 * in Parcours' origin. Access is checked by the use case (own territory or the cohort's managers).
 */
@WebServlet("/files/submission")
public class SubmissionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IndividualWork work;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        int index;
        try {
            id = Long.parseLong(request.getParameter("id"));
            index = Integer.parseInt(request.getParameter("n"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        FileDownloads.send(response, () -> work.file(id, index));
    }
}
