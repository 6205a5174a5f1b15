package org.parcours.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the platform's roles to the container (their codes are the sign-in groups). */
@DeclareRoles({"admin", "facilitator", "partner", "territory"})
@ApplicationScoped
public class Roles {
}
