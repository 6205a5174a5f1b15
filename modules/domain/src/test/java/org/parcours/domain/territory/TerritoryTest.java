package org.parcours.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;

class TerritoryTest {

    @Test
    void a_territory_needs_a_name_and_a_region() {
        assertThatThrownBy(() -> new Territory("  ", TerritoryKind.MUNICIPALITY, "Bretagne"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("name"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("field.required"));
        assertThatThrownBy(() -> new Territory("Rennes", TerritoryKind.MUNICIPALITY, null))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("region"));
    }

    @Test
    void a_name_longer_than_allowed_is_refused() {
        String longName = "x".repeat(Territory.NAME_MAX + 1);
        assertThatThrownBy(() -> new Territory(longName, TerritoryKind.REGION, "Normandie"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("field.tooLong"));
    }

    @Test
    void names_are_trimmed() {
        Territory territory = new Territory("  Pays de Redon ", TerritoryKind.INTERMUNICIPALITY, " Bretagne ");
        assertThat(territory.getName()).isEqualTo("Pays de Redon");
        assertThat(territory.getRegion()).isEqualTo("Bretagne");
    }

    @Test
    void a_kind_is_required() {
        assertThatThrownBy(() -> new Territory("Lens", null, "Hauts-de-France"))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("kind"));
    }

    @Test
    void a_team_never_holds_the_same_email_twice() {
        Territory territory = new Territory("Lens", TerritoryKind.MUNICIPALITY, "Hauts-de-France");
        territory.addMember("Anne Martin", EmailAddress.of("anne@lens.fr", "email"), TeamRole.OFFICER, null);

        assertThatThrownBy(() -> territory.addMember("Anne M.", EmailAddress.of("ANNE@lens.fr", "email"),
                TeamRole.ELECTED_OFFICIAL, null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("member.email.duplicate"));
        assertThat(territory.getMembers()).hasSize(1);
        assertThat(territory.hasMember(EmailAddress.of("anne@lens.fr", "email"))).isTrue();
    }

    @Test
    void a_member_needs_a_name_and_keeps_an_optional_organisation() {
        Territory territory = new Territory("Lens", TerritoryKind.MUNICIPALITY, "Hauts-de-France");
        assertThatThrownBy(() -> territory.addMember("", EmailAddress.of("a@b.fr", "email"), TeamRole.OFFICER, null))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("fullName"));

        Member member = territory.addMember("Paul", EmailAddress.of("p@b.fr", "email"), TeamRole.BUSINESS, "  ");
        assertThat(member.getOrganisation()).isNull();
        assertThat(member.getTerritory()).isSameAs(territory);
    }
}
