package org.parcours.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchHolidaysTest {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(FrenchHolidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(FrenchHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(FrenchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(FrenchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(FrenchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void the_eleven_holidays_of_2027_include_those_that_follow_easter() {
        assertThat(FrenchHolidays.of(2027)).containsExactly(
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 29),   // Easter Monday
                LocalDate.of(2027, 5, 1),
                LocalDate.of(2027, 5, 6),    // Ascension
                LocalDate.of(2027, 5, 8),
                LocalDate.of(2027, 5, 17),   // Whit Monday
                LocalDate.of(2027, 7, 14),
                LocalDate.of(2027, 8, 15),
                LocalDate.of(2027, 11, 1),
                LocalDate.of(2027, 11, 11),
                LocalDate.of(2027, 12, 25));
    }

    @Test
    void weekends_and_holidays_are_not_working_days() {
        assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 11))).isFalse(); // Wednesday, Armistice
        assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 12))).isTrue();
        assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 11, 14))).isFalse(); // Saturday
        assertThat(FrenchHolidays.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();  // Whit Monday 2026
    }

    @Test
    void the_next_working_day_skips_a_long_weekend() {
        // Friday 1 May 2026 is a holiday: Thursday 30 April -> itself, Friday 1 May -> Monday 4 May.
        assertThat(FrenchHolidays.workingDayFrom(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(FrenchHolidays.workingDayFrom(LocalDate.of(2026, 5, 1))).isEqualTo(LocalDate.of(2026, 5, 4));
        // Christmas 2026 is a Friday: the previous working day is Thursday 24th.
        assertThat(FrenchHolidays.workingDayUntil(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2026, 12, 24));
    }
}
