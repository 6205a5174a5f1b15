package org.parcours.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import org.parcours.domain.person.Role;

/** The signed-in caller, as the use cases see it: their name and the roles they hold. */
@ApplicationScoped
public class Access {

    @Inject
    SecurityContext securityContext;

    public boolean holds(Role role) {
        return securityContext.isCallerInRole(role.code());
    }

    public boolean holdsAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::holds);
    }

    /** Refuses the call unless the caller holds one of the roles. */
    public void requireAny(String what, Role... roles) {
        if (!holdsAny(roles)) {
            throw new AccessDenied(what);
        }
    }

    /** The caller's username, or {@code null} when nobody is signed in. */
    public String username() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }
}
