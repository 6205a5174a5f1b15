package org.parcours.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;

class ProgrammeTest {

    @Test
    void the_default_programme_follows_the_three_actions_of_the_source_document() {
        Programme programme = DefaultProgramme.build();
        assertThat(programme.getPhases()).containsExactly("Faire émerger les besoins", "Co-construire des solutions",
                "Évaluer les résultats");
        assertThat(programme.getSessions()).extracting(SessionTemplate::getKind).contains(SessionKind.values());
    }

    @Test
    void templates_are_placed_in_a_phase_month_and_week_of_the_path() {
        Programme programme = new Programme("Court", List.of("Une phase"));
        assertThatThrownBy(() -> programme.place(template(1, 1, 1))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("phase"));
        assertThatThrownBy(() -> template(0, 10, 1)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("month"));
        assertThatThrownBy(() -> template(0, 1, 5)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.field()).isEqualTo("week"));
        assertThatThrownBy(() -> new SessionTemplate(0, 1, 1, DayOfWeek.MONDAY, LocalTime.NOON, 5,
                SessionKind.WEBINAR, SessionFormat.REMOTE, "Trop court", null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("duration"));
        programme.place(template(0, 2, 3));
        programme.place(template(0, 3, 1));
        programme.remove(0);
        assertThat(programme.getSessions()).extracting(SessionTemplate::getMonth).containsExactly(3);
        assertThatThrownBy(() -> programme.remove(4)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new Programme("Sans phase", List.of())).isInstanceOf(RuleViolation.class);
    }

    private static SessionTemplate template(int phase, int month, int week) {
        return new SessionTemplate(phase, month, week, DayOfWeek.TUESDAY, LocalTime.of(9, 0), 120,
                SessionKind.COLLECTIVE_WORKSHOP, SessionFormat.IN_PERSON, "Atelier", null);
    }
}
