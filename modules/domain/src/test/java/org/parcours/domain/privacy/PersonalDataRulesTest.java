package org.parcours.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;

class PersonalDataRulesTest {

    @Test
    void an_erased_person_keeps_a_numbered_pseudonym_and_can_never_sign_in_again() {
        Person anne = new Person("anne", "Anne Rivière", EmailAddress.of("anne@redon.test", "email"));
        anne.usePasswordHash("hash");
        anne.grant(Role.TERRITORY);

        anne.erase(ErasedIdentity.ofPerson(42), Instant.parse("2026-11-26T08:00:00Z"));

        assertThat(anne.getDisplayName()).isEqualTo("Personne effacée n°42");
        assertThat(anne.getUsername()).isEqualTo("erased-42");
        assertThat(anne.getEmail().getValue()).isEqualTo("erased-42@erased.invalid").doesNotContain("anne");
        assertThat(anne.getPasswordHash()).isNull();
        assertThat(anne.isActive()).isFalse();
        assertThat(anne.getRoles()).isEmpty();
        assertThat(anne.isErased()).isTrue();
        assertThatThrownBy(anne::activate).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "privacy.erase.cannotActivate");
        assertThatThrownBy(() -> anne.erase(ErasedIdentity.ofPerson(42), Instant.now()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void pseudonyms_are_recognised_and_never_deliverable() {
        assertThat(ErasedIdentity.isErased(ErasedIdentity.ofMember(7).email().getValue())).isTrue();
        assertThat(ErasedIdentity.ofMember(7).displayName()).isEqualTo("Personne effacée n°m7");
        assertThat(ErasedIdentity.isErased("anne@redon.test")).isFalse();
        assertThat(ErasedIdentity.isErased(null)).isFalse();
    }

    @Test
    void a_member_without_account_is_named_after_their_membership() {
        DataSubject member = new DataSubject(null, null, "Jean Sans Compte", "jean@x.test", List.of(9L, 10L));
        assertThat(member.hasAccount()).isFalse();
        assertThat(member.erasedIdentity()).isEqualTo(ErasedIdentity.ofMember(9));
        DataSubject person = new DataSubject(3L, "jean", "Jean", "jean@x.test", List.of(9L));
        assertThat(person.erasedIdentity()).isEqualTo(ErasedIdentity.ofPerson(3));
    }

    @Test
    void the_retention_period_reaches_cohorts_closed_longer_than_its_months() {
        RetentionPeriod period = new RetentionPeriod(36);
        assertThat(period.closedBefore(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2023, 11, 26));
        assertThatThrownBy(() -> new RetentionPeriod(0)).isInstanceOf(RuleViolation.class);
    }
}
