package org.parcours.web.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcours.application.exchange.ExchangeSpace;
import org.parcours.web.shell.FileDownloads;

/**
 * Sends the file attached to a post: {@code /files/exchange?post=<id>}, the safe way (attachment,
 * nosniff, sandbox, no cache). Who may read the post may fetch it; a hidden post's file only moderators.
 */
@WebServlet("/files/exchange")
public class ExchangeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ExchangeSpace space;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long post;
        try {
            post = Long.parseLong(request.getParameter("post"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        FileDownloads.send(response, () -> space.file(post));
    }
}
