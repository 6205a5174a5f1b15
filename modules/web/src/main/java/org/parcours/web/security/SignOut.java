package org.parcours.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;

/**
 * Signs out: ends the application session and goes back to the sign-in page; with Keycloak, ends the
 * Keycloak session too (its end-session endpoint, with the ID token as hint), which then sends the
 * person back to the sign-in page.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    AuditTrail audit;

    @Inject
    SecuritySettings settings;

    @Inject
    OpenIdContext openId;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        audit.security(request.getRemoteUser(), AuditAction.SIGN_OUT, null, null);
        String idToken = settings.isOidc() ? idToken() : null;
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to end
            }
        }
        String signedOut = "/login.xhtml?signedOut=true";
        if (idToken == null) {
            external.redirect(external.getRequestContextPath() + signedOut);
        } else {
            external.redirect(settings.getIssuer() + "/protocol/openid-connect/logout?id_token_hint="
                    + encode(idToken) + "&post_logout_redirect_uri=" + encode(settings.getBaseUrl() + signedOut)
                    + "&client_id=" + encode(settings.getClientId()));
        }
    }

    private String idToken() {
        try {
            return openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
        } catch (RuntimeException signedInLocally) {
            // Signed in with a local account (no OpenID context in the session).
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
