package org.parcours.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages get their Content-Security-Policy from PrimeFaces' CSP
 * mode (with a nonce per response, see {@link SecuritySettings#getPagePolicy()}); everything else
 * (the API, static resources) gets a policy that allows nothing to run.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new ErrorPageRequest(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * An error page shown for a failed form post still carries the post's view state, so Faces sees a
     * postback, and PrimeFaces' CSP mode then looks for the nonce of a view that was never rendered and
     * fails. Presented as the forward it is, the error page gets a nonce of its own.
     */
    private static final class ErrorPageRequest extends HttpServletRequestWrapper {

        ErrorPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = super.getAttribute(name);
            if (value == null && RequestDispatcher.FORWARD_REQUEST_URI.equals(name)) {
                return super.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            }
            return value;
        }
    }

    /**
     * Adds the headers; also called by the authentication mechanism, whose refusals (401) are sent
     * before any filter runs.
     */
    static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().endsWith(".xhtml") && request.getDispatcherType() == DispatcherType.REQUEST) {
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:");
        }
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (isSignedInPage(request)) {
            // Pages show personal data: no shared cache keeps them, the back button after sign-out shows nothing.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isSignedInPage(HttpServletRequest request) {
        return request.getRequestURI().endsWith(".xhtml") || request.getRequestURI().contains("/api/");
    }
}
