package org.parcours.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;

/**
 * How a request proves who sends it. A person signs in on the sign-in page (which hands the
 * credential in through {@code SecurityContext.authenticate}); an API client sends HTTP Basic.
 * A protected page requested anonymously redirects to the sign-in page and comes back after it;
 * an anonymous API call gets 401 with a problem+json body, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class ParcoursAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the page to return to after signing in. */
    public static final String RETURN_TO = "parcours.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditTrail audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Refusals and redirects below are answered before any filter runs: they need the headers too.
        SecurityHeaders.addTo(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStores.validate(basic(authorization.substring(6)));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            // Failures only: recording every successful API call would drown the trail.
            audit.security(basicUser(authorization.substring(6)), AuditAction.SIGN_IN_FAILED, "api basic", null);
            return unauthorized(request, response, context, "The username or password is wrong.");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context, "Sign in to use the API (HTTP Basic with a Parcours account).");
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
            request.getSession().setAttribute(RETURN_TO, target);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String basicUser(String encoded) {
        return basic(encoded).getCaller();
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return new UsernamePasswordCredential("", "");
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return new UsernamePasswordCredential("", "");
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String detail) {
        try {
            SecurityHeaders.addTo(request, response);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Parcours\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
