package org.parcours.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Cross-site request forgery on the API: a browser sends the session cookie by itself, never an
 * Authorization header. So a state-changing API call (anything but GET, HEAD, OPTIONS) must carry its
 * credentials in the Authorization header (Basic or Bearer); the session cookie alone is refused.
 */
@WebFilter(filterName = "ApiStateChangeGuard", urlPatterns = "/api/*")
public class ApiStateChangeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE.contains(request.getMethod()) && request.getHeader("Authorization") == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"Changes through the API need an Authorization header; the session cookie is not enough.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
