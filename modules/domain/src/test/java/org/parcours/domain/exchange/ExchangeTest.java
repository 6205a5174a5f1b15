package org.parcours.domain.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.visit.Theme;

class ExchangeTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

    private final Cohort cohort = new Cohort("Cohorte", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 9, 1)));
    private final Person anne = new Person("anne", "Anne Rivière", EmailAddress.of("anne@redon.test", "email"));
    private final DiscussionThread thread = new DiscussionThread(cohort, Theme.SKILLS, "Nos tiers-lieux", anne, NOW);

    @Test
    void a_post_counts_in_its_thread_and_moves_its_last_activity() {
        Post post = thread.post(anne, "  Bonjour à tous  ", null, NOW.plusSeconds(60));
        assertThat(post.getBody()).isEqualTo("Bonjour à tous");
        assertThat(thread.getPostCount()).isEqualTo(1);
        assertThat(thread.getLastPostAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void a_locked_thread_takes_no_post_until_unlocked() {
        thread.lock(0);
        assertThatThrownBy(() -> thread.post(anne, "Encore un mot", null, NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("exchange.thread.locked"));
        assertThat(thread.getPostCount()).isZero();
        thread.unlock(0);
        assertThat(thread.post(anne, "Encore un mot", null, NOW).getBody()).isEqualTo("Encore un mot");
    }

    @Test
    void a_lock_started_from_an_old_version_is_refused() {
        assertThatThrownBy(() -> thread.lock(3)).isInstanceOf(StaleEditException.class);
        assertThat(thread.isLocked()).isFalse();
    }

    @Test
    void an_empty_or_too_long_post_is_refused_on_its_field() {
        assertThatThrownBy(() -> thread.post(anne, "  ", null, NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("body"));
        assertThatThrownBy(() -> thread.post(anne, "x".repeat(Post.BODY_MAX + 1), null, NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("field.tooLong"));
    }

    @Test
    void hiding_needs_a_reason_and_a_hidden_post_cannot_be_rewritten() {
        Post post = thread.post(anne, "Publicité", null, NOW);
        assertThatThrownBy(() -> post.hide(" ", "claire"))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("reason"));
        assertThat(post.isHidden()).isFalse();
        post.hide("Hors sujet", "claire");
        assertThat(post.isHidden()).isTrue();
        assertThat(post.getHiddenReason()).isEqualTo("Hors sujet");
        assertThatThrownBy(() -> post.rewrite("Autre chose", 0, NOW))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("exchange.post.hidden"));
        post.show();
        assertThat(post.isHidden()).isFalse();
        assertThat(post.getHiddenReason()).isNull();
    }

    @Test
    void a_rewrite_from_an_old_version_is_refused_and_keeps_the_text() {
        Post post = thread.post(anne, "Premier jet", null, NOW);
        assertThatThrownBy(() -> post.rewrite("Second jet", 1, NOW)).isInstanceOf(StaleEditException.class);
        assertThat(post.getBody()).isEqualTo("Premier jet");
        post.rewrite("Second jet", 0, NOW.plusSeconds(5));
        assertThat(post.getBody()).isEqualTo("Second jet");
        assertThat(post.getEditedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(post.isWrittenBy("anne")).isTrue();
        assertThat(post.isWrittenBy("marc")).isFalse();
    }

    @Test
    void mentions_are_at_usernames_starting_a_word_not_email_addresses() {
        assertThat(Mentions.in("Merci @Marc et @claire.moreau, voir anne@redon.fr ou @paul.")).containsExactly(
                "marc", "claire.moreau", "paul");
        assertThat(Mentions.in("Pas de mention ici")).isEmpty();
        assertThat(Mentions.in(null)).isEmpty();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            many.append(" @user").append(i);
        }
        assertThat(Mentions.in(many.toString())).hasSize(Mentions.MAX);
    }

    @Test
    void mail_preferences_default_to_immediate_with_a_long_random_token() {
        MailPreference one = new MailPreference(anne);
        MailPreference two = new MailPreference(anne);
        assertThat(one.getFrequency()).isEqualTo(MailFrequency.IMMEDIATE);
        assertThat(one.getUnsubscribeToken()).hasSize(43).isNotEqualTo(two.getUnsubscribeToken());
        one.choose(MailFrequency.DAILY_DIGEST, 0);
        assertThat(one.getFrequency()).isEqualTo(MailFrequency.DAILY_DIGEST);
        assertThatThrownBy(() -> one.choose(MailFrequency.IMMEDIATE, 2)).isInstanceOf(StaleEditException.class);
        one.unsubscribe();
        assertThat(one.getFrequency()).isEqualTo(MailFrequency.NONE);
    }

    @Test
    void partners_read_a_cohort_exchange_only_once_allowed() {
        ExchangeSettings settings = new ExchangeSettings(cohort);
        assertThat(settings.isPartnersMayRead()).isFalse();
        settings.letPartnersRead(true, 0);
        assertThat(settings.isPartnersMayRead()).isTrue();
    }
}
