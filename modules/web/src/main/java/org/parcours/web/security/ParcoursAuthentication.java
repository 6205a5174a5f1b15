package org.parcours.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.infrastructure.persistence.DatabaseFailures;

/**
 * How a request proves who sends it: the one authentication mechanism of Parcours.
 * <ul>
 * <li>API clients send HTTP Basic with a local account, or a bearer token from the OpenID provider
 * (checked by {@link BearerTokens}); an anonymous or refused API call gets 401 problem+json.</li>
 * <li>Without an OpenID provider, a person signs in on the sign-in page (which hands the credential in
 * through {@code SecurityContext.authenticate}); a protected page redirects there and back.</li>
 * <li>With a provider (Keycloak), browser requests are handed to Jakarta Security's OpenID Connect
 * mechanism ({@link KeycloakSignIn}), which redirects to the provider and takes the answer on
 * /callback.</li>
 * </ul>
 * Jakarta Security 3 takes one mechanism per application, and the OpenID definition registers a
 * second one: this one is an alternative with a priority, so it is the one the container uses, and
 * it finds the OpenID mechanism through the BeanManager to delegate to it. Signing out is not
 * delegated: the OpenID mechanism's clean-up answers the request itself, while {@link SignOut} must
 * send the person to the provider's end-session endpoint.
 * <p>
 * A person who signed in (on the sign-in page or through the provider) stays signed in for the
 * session: the caller and their roles are kept in it as a {@link SignedInCaller}, which is replicated
 * with the session to the other instances of a cluster. (Jakarta Security's {@code @AutoApplySession}
 * relies on the container's record of the caller, which loses the roles when the session moves.)
 * API calls with Basic or a bearer token stay stateless.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class ParcoursAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the page to return to after signing in. */
    public static final String RETURN_TO = "parcours.returnTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AuditTrail audit;

    @Inject
    SecuritySettings settings;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    BeanManager beans;

    private volatile HttpAuthenticationMechanism openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        // Refusals and redirects below are answered before any filter runs: they need the headers too.
        SecurityHeaders.addTo(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return keptInSession(request, context, context.notifyContainerAboutLogin(identityStores.validate(credential)));
        }
        SignedInCaller signedIn = signedIn(request);
        if (signedIn != null && !context.getAuthParameters().isNewAuthentication()) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearerTokens.verify(authorization.substring(7).trim())
                    .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.groups()))
                    .orElseGet(() -> {
                        audit.security(null, AuditAction.SIGN_IN_FAILED, "api bearer", null);
                        return unauthorized(request, response, context, "The bearer token is invalid or expired.");
                    });
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result;
            try {
                result = identityStores.validate(basic(authorization.substring(6)));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    // Checking the password needs the database: say "try again", not "wrong password".
                    return problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                            "The database cannot be reached at the moment. Try again shortly.");
                }
                throw e;
            }
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            // Failures only: recording every successful API call would drown the trail.
            audit.security(basicUser(authorization.substring(6)), AuditAction.SIGN_IN_FAILED, "api basic", null);
            return unauthorized(request, response, context, "The username or password is wrong.");
        }
        if (settings.isOidc() && !isApi(request) && (context.isProtected() || isCallback(request))) {
            rememberPageAskedFor(request);
            return keptInSession(request, context, openId().validateRequest(request, response, context));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context, "Sign in to use the API: HTTP Basic with a Parcours account, or a bearer token.");
        }
        rememberPageAskedFor(request);
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private static SignedInCaller signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedInCaller) session.getAttribute(SignedInCaller.ATTRIBUTE);
    }

    /** After a successful sign-in, keeps who signed in in the session (see the class comment). */
    private static AuthenticationStatus keptInSession(HttpServletRequest request, HttpMessageContext context,
            AuthenticationStatus status) {
        if (status == AuthenticationStatus.SUCCESS && context.getCallerPrincipal() != null) {
            request.getSession().setAttribute(SignedInCaller.ATTRIBUTE,
                    new SignedInCaller(context.getCallerPrincipal().getName(), context.getGroups()));
        }
        return status;
    }

    private static void rememberPageAskedFor(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && !isCallback(request)) {
            String query = request.getQueryString();
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
            request.getSession().setAttribute(RETURN_TO, target);
        }
    }

    private static boolean isCallback(HttpServletRequest request) {
        return request.getRequestURI().equals(request.getContextPath() + SignInCallback.PATH);
    }

    /** The OpenID Connect mechanism that {@link KeycloakSignIn}'s definition registers. */
    private HttpAuthenticationMechanism openId() {
        HttpAuthenticationMechanism current = openId;
        if (current == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !ParcoursAuthentication.class.equals(b.getBeanClass()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No OpenID Connect mechanism registered"));
            current = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
            openId = current;
        }
        return current;
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
        response.setHeader("WWW-Authenticate", "Basic realm=\"Parcours\", charset=\"UTF-8\"");
        return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** Answers with an RFC 9457 problem (the details are fixed sentences, never user input). */
    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
            String title, String detail) {
        try {
            SecurityHeaders.addTo(request, response);
            response.setStatus(status);
            if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                response.setHeader("Retry-After", "10");
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
