package org.parcours.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;

/**
 * Records every refused page in the audit trail. Refusals of pages, whether by the container (web.xml
 * constraints), by a page ({@code Pages.forbidden()}) or by a use case ({@link AccessDenied}), all end
 * on the 403 error page: this filter sees that error dispatch. Refused API calls are recorded by
 * their exception mapper.
 */
@WebFilter(filterName = "DeniedAccessLog", urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class DeniedAccessLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(403).equals(status) || causedByDenial(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            audit.security(request.getRemoteUser(), AuditAction.ACCESS_DENIED, String.valueOf(uri), null);
        }
        chain.doFilter(request, response);
    }

    private static boolean causedByDenial(Object exception) {
        for (Throwable t = exception instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof AccessDenied) {
                return true;
            }
        }
        return false;
    }
}
