package org.parcours.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.parcours.application.access.AccessDenied;
import org.parcours.infrastructure.persistence.DatabaseFailures;
import org.parcours.web.operations.RequestIdFilter;

/**
 * Gives failures their HTTP status: a use case that refused the caller answers 403 (access denied),
 * and while the database cannot be reached, "temporarily unavailable" (503, with Retry-After)
 * instead of an error: the request failed before anything was saved, and will succeed once the
 * database is back (the connection pool validates connections and recovers by itself).
 */
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());
    static final String RETRY_AFTER_SECONDS = "10";

    private static boolean isAccessDenied(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDenied) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (isAccessDenied(e) && !response.isCommitted()) {
                // A use case refused the caller (e.g. a page loading a cohort they may not read): 403.
                resetKeepingRequestId(request, response);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unavailable while serving " + request.getRequestURI() + ": " + e);
            resetKeepingRequestId(request, response);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Clears the failed response, keeping the request id set by RequestIdFilter (reset drops headers). */
    private static void resetKeepingRequestId(HttpServletRequest request, HttpServletResponse response) {
        response.reset();
        Object id = request.getAttribute(RequestIdFilter.HEADER);
        if (id != null) {
            response.setHeader(RequestIdFilter.HEADER, id.toString());
        }
    }
}
