package org.parcours.web.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} (e.g. set by the load balancer) when it
 * is a plain token, a new random one otherwise. The id is returned in the response's header and
 * written in every log line of the request, so a complaint, a proxy log and the server log can be
 * matched. First of the filters (web.xml), so that everything after it logs with the id.
 */
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";
    /** Letters, digits and a few separators, at most 64: nothing that could forge a log line or a header. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The caller's id when it is acceptable, else a new one. */
    static String idFor(String proposed) {
        return proposed != null && VALID.matcher(proposed).matches() ? proposed : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idFor(request.getHeader(HEADER));
        request.setAttribute(HEADER, id);
        response.setHeader(HEADER, id);
        RequestContext.begin(id, request.getRemoteUser());
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.end();
        }
    }
}
