package org.parcours.domain.person;

import java.util.Arrays;
import java.util.Optional;

/** A role on the platform. Its code is the group name that sign-in reports (local or Keycloak). */
public enum Role {
    ADMIN("admin"),
    FACILITATOR("facilitator"),
    PARTNER("partner"),
    TERRITORY("territory");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
