package org.parcours.launcher;

/** The embedded MariaDB could not start; the message says why and what to do, for a person to read. */
public class EmbeddedMariaDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedMariaDbException(String message) {
        super(message);
    }

    public EmbeddedMariaDbException(String message, Throwable cause) {
        super(message, cause);
    }
}
