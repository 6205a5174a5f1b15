package org.parcours.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.person.Role;

class CallerMemoTest {

    private final CallerMemo memo = new CallerMemo();
    private final List<String> asked = new ArrayList<>();

    private boolean holds(String caller, Role role, boolean answer) {
        return memo.holds(caller, role, r -> {
            asked.add(caller + ":" + r);
            return answer;
        });
    }

    @Test
    void the_container_is_asked_once_per_role_during_a_request() {
        assertThat(holds("claire", Role.FACILITATOR, true)).isTrue();
        assertThat(holds("claire", Role.FACILITATOR, false)).isTrue();
        assertThat(holds("claire", Role.ADMIN, false)).isFalse();
        assertThat(holds("claire", Role.ADMIN, true)).isFalse();
        assertThat(asked).containsExactly("claire:FACILITATOR", "claire:ADMIN");
    }

    @Test
    void another_caller_in_the_same_request_is_asked_again() {
        assertThat(holds(null, Role.ADMIN, false)).isFalse();
        assertThat(holds("admin", Role.ADMIN, true)).isTrue();
        assertThat(holds(null, Role.ADMIN, false)).isFalse();
        assertThat(asked).containsExactly("null:ADMIN", "admin:ADMIN", "null:ADMIN");
    }
}
