package org.parcours.web.operations;

/**
 * The request being served on this thread: its id and who made it. Log records are formatted on the
 * thread that logs them, so the JSON formatter finds here the request a log line belongs to.
 */
public final class RequestContext {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final String requestId;
    private final String user;

    private RequestContext(String requestId, String user) {
        this.requestId = requestId;
        this.user = user;
    }

    /**
     * @param user the signed-in username as the filter sees it (authentication runs before filters),
     *        read once here: the formatter runs under its handler's lock and must not call into the request
     */
    static void begin(String requestId, String user) {
        CURRENT.set(new RequestContext(requestId, user));
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

    /** The signed-in username, or {@code null} when nobody was signed in as the request began. */
    public String user() {
        return user;
    }
}
