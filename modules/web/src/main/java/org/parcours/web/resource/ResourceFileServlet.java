package org.parcours.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parcours.web.shell.FileDownloads;
import java.io.IOException;
import org.parcours.application.resource.ResourceCentre;

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
        FileDownloads.send(response, () -> centre.file(id));
    }
}
