package org.parcours.web.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request with an HTTP error (shown with the matching error page). */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        sendError(404);
    }

    public static void forbidden() {
        sendError(403);
    }

    private static void sendError(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
