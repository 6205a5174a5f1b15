package org.parcours.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.territory.EmailAddress;

class PersonTest {

    @Test
    void usernames_are_lower_case_words() {
        assertThatThrownBy(() -> new Person("Anne Martin", "Anne", EmailAddress.of("a@b.fr", "email")))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("person.username.invalid"));
        assertThat(new Person("anne.martin", "Anne", EmailAddress.of("a@b.fr", "email")).getUsername())
                .isEqualTo("anne.martin");
    }

    @Test
    void a_deactivated_person_holds_no_role() {
        Person person = new Person("anne", "Anne", EmailAddress.of("a@b.fr", "email"));
        person.grant(Role.FACILITATOR);
        assertThat(person.holds(Role.FACILITATOR)).isTrue();
        assertThat(person.holds(Role.ADMIN)).isFalse();
        person.deactivate();
        assertThat(person.holds(Role.FACILITATOR)).isFalse();
    }

    @Test
    void role_codes_are_the_sign_in_group_names() {
        assertThat(Role.ofCode("facilitator")).contains(Role.FACILITATOR);
        assertThat(Role.ofCode("root")).isEmpty();
    }
}
