package org.parcours.web.exchange;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parcours.application.exchange.MailPreferences;

/**
 * The one-click unsubscribe link of every exchange email: {@code /exchange/unsubscribe?token=...},
 * reachable without signing in (web.xml). GET and POST both unsubscribe (POST for mail clients'
 * one-click buttons); an unknown token is a plain 404. The answer is a small static page in French
 * and English, without script.
 */
@WebServlet("/exchange/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!preferences.unsubscribe(request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // The token is in the URL: keep it out of any Referer sent from here.
        response.setHeader("Referrer-Policy", "no-referrer");
        String page = """
                <!DOCTYPE html>
                <html lang="fr"><head><meta charset="UTF-8"><title>Parcours</title></head>
                <body><main>
                <h1>Désinscription confirmée</h1>
                <p id="done">Vous ne recevrez plus d'emails de l'espace d'échanges de Parcours.
                Vous pouvez changer d'avis à tout moment dans « Mes emails d'échanges » après connexion.</p>
                <p lang="en">You will no longer receive emails from the Parcours exchange space.
                You can change your mind at any time in "My exchange emails" once signed in.</p>
                </main></body></html>
                """;
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
