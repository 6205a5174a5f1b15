package org.parcours.application.access;

/** The caller may not do what they asked. Shown as "access denied" (HTTP 403), never as an error. */
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String what) {
        super(what);
    }
}
