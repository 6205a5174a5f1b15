package org.parcours.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.parcours.application.audit.AuditTrail;
import org.parcours.application.person.ExternalSignIn;
import org.parcours.domain.audit.AuditAction;
import org.parcours.infrastructure.operations.OperationalMetrics;
import org.parcours.domain.person.Role;

/**
 * Where the OpenID provider sends people back. By the time this runs, the OpenID Connect mechanism
 * has checked the answer and signed the person in; this keeps Parcours' record of them up to date,
 * refuses people Parcours deactivated, gives the session a new id, and goes to the page asked for.
 */
@WebServlet(SignInCallback.PATH)
public class SignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/callback";

    @Inject
    OpenIdContext openId;

    @Inject
    ExternalSignIn people;

    @Inject
    AuditTrail audit;

    @Inject
    OperationalMetrics metrics;

    @Inject
    SecuritySettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String username = request.getRemoteUser();
        if (!settings.isOidc()) {
            // Local sign-in never comes back here: nothing to do but go home.
            response.sendRedirect(request.getContextPath() + "/index.xhtml");
            return;
        }
        if (username == null) {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        OpenIdClaims claims = openId.getClaims();
        List<String> groups = Arrays.stream(Role.values()).map(Role::code).filter(request::isUserInRole).toList();
        boolean active = people.provision(username, claims.getName().orElse(null),
                claims.getEmail().orElse(null), groups).isPresent();
        if (!active) {
            audit.security(username, AuditAction.SIGN_IN_FAILED, "oidc", "deactivated in Parcours");
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?inactive=true");
            return;
        }
        // A new session id at sign-in, so that an id planted before cannot be reused.
        request.changeSessionId();
        audit.security(username, AuditAction.SIGN_IN, "oidc", null);
        metrics.signedIn();
        Object returnTo = request.getSession().getAttribute(ParcoursAuthentication.RETURN_TO);
        request.getSession().removeAttribute(ParcoursAuthentication.RETURN_TO);
        String target = returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                ? path : "/index.xhtml";
        response.sendRedirect(request.getContextPath() + target);
    }
}
