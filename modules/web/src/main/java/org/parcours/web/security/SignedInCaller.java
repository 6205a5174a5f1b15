package org.parcours.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on this session, with their roles as the sign-in reported them: kept as a session
 * attribute by {@link ParcoursAuthentication} so that it moves with the session to any instance of a
 * cluster. The container's own record of the caller does not survive that move whole (the name
 * arrives, the roles do not).
 */
record SignedInCaller(String username, Set<String> groups) implements Serializable {

    /** The session attribute holding it. */
    static final String ATTRIBUTE = "parcours.signedIn";

    SignedInCaller {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
