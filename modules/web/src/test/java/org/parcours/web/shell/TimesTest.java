package org.parcours.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTest {

    @Test
    void short_dates_follow_the_language_with_the_year_in_full() {
        LocalDate day = LocalDate.of(2031, 3, 5);
        assertThat(DateTimeFormatter.ofPattern(Times.shortDatePattern(Locale.FRENCH)).format(day)).isEqualTo("05/03/2031");
        assertThat(DateTimeFormatter.ofPattern(Times.shortDatePattern(Locale.ENGLISH)).format(day)).isEqualTo("3/5/2031");
    }
}
