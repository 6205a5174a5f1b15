package org.parcours.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.visit.Theme;

class DirectoryEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
    private final Person anne = new Person("anne", "Anne Rivière", EmailAddress.of("anne@redon.test", "email"));

    @Test
    void a_new_entry_is_not_listed_and_shows_nothing() {
        DirectoryEntry entry = new DirectoryEntry(anne, NOW);
        entry.describe("02 99 00 00 00", "Tiers-lieux", List.of(Theme.SKILLS), 0, NOW);
        assertThat(entry.isListed()).isFalse();
        assertThat(entry.getShownEmail()).isNull();
        assertThat(entry.getShownPhone()).isNull();
        assertThat(entry.getShownExpertise()).isNull();
        assertThat(entry.getShownThemes()).isEmpty();
    }

    @Test
    void each_field_is_shown_only_when_chosen() {
        DirectoryEntry entry = new DirectoryEntry(anne, NOW);
        entry.describe("+33 2 99 00 00 00", "Tiers-lieux", List.of(Theme.SKILLS, Theme.EVALUATION), 0, NOW);
        entry.choose(true, false, true, false, true);
        assertThat(entry.isListed()).isTrue();
        assertThat(entry.getShownEmail()).isNull();
        assertThat(entry.getShownPhone()).isEqualTo("+33 2 99 00 00 00");
        assertThat(entry.getShownExpertise()).isNull();
        assertThat(entry.getShownThemes()).containsExactlyInAnyOrder(Theme.SKILLS, Theme.EVALUATION);
        entry.choose(true, true, false, true, false);
        assertThat(entry.getShownEmail()).isEqualTo("anne@redon.test");
        assertThat(entry.getShownPhone()).isNull();
        assertThat(entry.getShownExpertise()).isEqualTo("Tiers-lieux");
        assertThat(entry.getShownThemes()).isEmpty();
    }

    @Test
    void a_malformed_phone_or_a_stale_edit_is_refused() {
        DirectoryEntry entry = new DirectoryEntry(anne, NOW);
        assertThatThrownBy(() -> entry.describe("appelez-moi", null, List.of(), 0, NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> entry.describe(null, null, List.of(), 4, NOW)).isInstanceOf(StaleEditException.class);
    }
}
