package org.parcours.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parcours.application.access.Access;
import org.parcours.domain.person.Role;

/** The signed-in person for the views: {@code #{activeUser.holds('ADMIN')}} shows or hides actions. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    Access access;

    public boolean holds(Role role) {
        return access.holds(role);
    }

    /** Whether the person may register and revise territories and open cohorts. */
    public boolean mayOrganise() {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR);
    }

    /** Whether the administration menu is shown (the pages themselves are refused to others). */
    public boolean isAdmin() {
        return access.holds(Role.ADMIN);
    }

    public String getUsername() {
        return access.username();
    }
}
