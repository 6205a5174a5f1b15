package org.parcours.web.operations;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The request being served on this thread: its id and who made it. Log records are formatted on the
 * thread that logs them, so the JSON formatter finds here the request a log line belongs to.
 */
public final class RequestContext {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final HttpServletRequest request;

    private RequestContext(String requestId, HttpServletRequest request) {
        this.requestId = requestId;
        this.request = request;
    }

    static void begin(String requestId, HttpServletRequest request) {
        CURRENT.set(new RequestContext(requestId, request));
    }

    static void end() {
        CURRENT.remove();
    }

    /** The request served on this thread, or {@code null} outside a request (startup, timers). */
    public static RequestContext current() {
        return CURRENT.get();
    }

    public String requestId() {
        return requestId;
    }

    /**
     * The signed-in username when the line is written (so a sign-in request's later lines name the
     * person), or {@code null} when nobody is signed in.
     */
    public String user() {
        try {
            return request.getRemoteUser();
        } catch (RuntimeException e) {
            return null; // never let logging fail because of the request's state
        }
    }
}
