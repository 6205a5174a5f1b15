package org.parcours.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CalendarTokenTest {

    @Test
    void a_token_is_long_random_and_only_its_hash_is_stored() {
        CalendarToken.Issued first = CalendarToken.issue(FeedOwner.TERRITORY, 4, Instant.EPOCH);
        CalendarToken.Issued second = CalendarToken.issue(FeedOwner.TERRITORY, 4, Instant.EPOCH);
        assertThat(first.token()).hasSize(43).isNotEqualTo(second.token()); // 256 bits in base64url
        assertThat(CalendarToken.wellFormed(first.token())).isTrue();
        assertThat(first.stored().getTokenHash()).hasSize(64).isEqualTo(CalendarToken.hash(first.token()))
                .doesNotContain(first.token());
        assertThat(CalendarToken.wellFormed("../../etc")).isFalse();
        assertThat(CalendarToken.wellFormed(null)).isFalse();
    }
}
