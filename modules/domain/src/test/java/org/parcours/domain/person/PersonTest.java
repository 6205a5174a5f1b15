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

    @Test
    void an_administrator_sets_exactly_the_roles_and_reactivates() {
        Person person = new Person("anne", "Anne", EmailAddress.of("a@b.fr", "email"));
        person.grant(Role.FACILITATOR);
        person.holdOnly(java.util.Set.of(Role.PARTNER, Role.TERRITORY));
        assertThat(person.getRoles()).containsExactlyInAnyOrder(Role.PARTNER, Role.TERRITORY);
        person.deactivate();
        assertThat(person.holds(Role.PARTNER)).isFalse();
        person.activate();
        assertThat(person.holds(Role.PARTNER)).isTrue();
    }

    @Test
    void an_edit_from_an_old_version_is_refused() {
        Person person = new Person("anne", "Anne", EmailAddress.of("a@b.fr", "email"));
        assertThatThrownBy(() -> person.checkUnchangedSince(3)).isInstanceOf(org.parcours.domain.StaleEditException.class);
        person.checkUnchangedSince(0);
    }
}
