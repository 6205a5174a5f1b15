package org.parcours.application.access;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.parcours.domain.territory.EmailAddress;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.parcours.domain.person.Role;

/**
 * What {@link Access} has already looked up about the caller during the current request: a page asks
 * "which territories is this person in?" several times (the page, each use case, each access check),
 * and each time cost two statements; and "does the caller hold this role?", asked by every menu entry
 * and access check, each time a JACC policy check and JNDI lookups in the container, contended under
 * load. Kept for one request only, so a change of team still applies
 * from the next request on; keyed by username, in case the caller changes within the request (sign-in).
 */
@RequestScoped
public class CallerMemo {

    private String rolesOf;
    private final EnumMap<Role, Boolean> roles = new EnumMap<>(Role.class);
    private String username;
    private List<Long> territoryIds;
    private String emailOf;
    private Optional<EmailAddress> email;

    List<Long> territoryIds(String caller, Supplier<List<Long>> lookup) {
        if (territoryIds == null || !caller.equals(username)) {
            territoryIds = List.copyOf(lookup.get());
            username = caller;
        }
        return territoryIds;
    }

    boolean holds(String caller, Role role, Predicate<Role> lookup) {
        String key = caller == null ? "" : caller;
        if (!key.equals(rolesOf)) {
            roles.clear();
            rolesOf = key;
        }
        return roles.computeIfAbsent(role, lookup::test);
    }

    Optional<EmailAddress> email(String caller, Supplier<Optional<EmailAddress>> lookup) {
        if (email == null || !caller.equals(emailOf)) {
            email = lookup.get();
            emailOf = caller;
        }
        return email;
    }
}
