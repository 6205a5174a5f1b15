package org.parcours.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"anne", "anne@", "@lens.fr", "anne@lens", "anne marie@lens.fr", "a@b@c.fr", "anne@.fr"})
    void malformed_addresses_are_refused(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text, "email"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("email.invalid"))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("email"));
    }

    @Test
    void a_blank_address_is_missing_not_malformed() {
        assertThatThrownBy(() -> EmailAddress.of(" ", "email"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("field.required"));
    }

    @Test
    void addresses_are_compared_in_lower_case() {
        EmailAddress typed = EmailAddress.of("  Anne.Martin@Ville-Lens.FR ", "email");
        assertThat(typed.getValue()).isEqualTo("anne.martin@ville-lens.fr");
        assertThat(typed).isEqualTo(EmailAddress.of("anne.martin@ville-lens.fr", "email"));
    }

    @Test
    void an_address_over_254_characters_is_refused() {
        String local = "a".repeat(250);
        assertThatThrownBy(() -> EmailAddress.of(local + "@b.fr", "email")).isInstanceOf(RuleViolation.class);
    }
}
