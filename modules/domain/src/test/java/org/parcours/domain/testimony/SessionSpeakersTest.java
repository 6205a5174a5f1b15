package org.parcours.domain.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionTiming;

class SessionSpeakersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 8);
    private final Fixtures f = new Fixtures();

    private Session session(SessionKind kind) {
        return new Session(f.cohort, new SessionPlan("Séance", kind, SessionFormat.REMOTE, null, null,
                "https://visio.example.org/x", null),
                new SessionTiming(ParisTime.at(DAY, LocalTime.of(10, 0)), ParisTime.at(DAY, LocalTime.of(12, 0))));
    }

    private final Speaker mayor = Speaker.of(SpeakerKind.DECISION_MAKER, "Jeanne Martin", "Commune de Lens", "Maire", "speakers.0");

    @Test
    void a_testimony_needs_speakers_and_has_no_scenario() {
        SessionSpeakers testimony = new SessionSpeakers(session(SessionKind.TESTIMONY));
        assertThatThrownBy(() -> testimony.describe(List.of(), null, List.of())).extracting("messageKey")
                .isEqualTo("testimony.speakers.required");
        assertThatThrownBy(() -> testimony.describe(List.of(mayor), "Un scénario", List.of())).extracting("messageKey")
                .isEqualTo("testimony.scenario.rolePlayOnly");
        testimony.describe(List.of(mayor), " ", List.of());
        assertThat(testimony.getSpeakers()).containsExactly(mayor);
        assertThat(testimony.getScenario()).isNull();
    }

    @Test
    void a_practical_situation_needs_a_scenario_and_roles() {
        SessionSpeakers play = new SessionSpeakers(session(SessionKind.ROLE_PLAY));
        assertThatThrownBy(() -> play.describe(List.of(), "Le conseil communautaire", List.of())).extracting("messageKey")
                .isEqualTo("testimony.roles.required");
        play.describe(List.of(), "Le conseil communautaire vote le budget",
                List.of(PlayRole.of("Président", "Défend le projet", "roles.0"), PlayRole.of("Opposant", null, "roles.1")));
        assertThat(play.getRoles()).extracting(PlayRole::getName).containsExactly("Président", "Opposant");
    }

    @Test
    void other_kinds_carry_no_speakers_and_takeaways_wait_for_the_end() {
        assertThatThrownBy(() -> new SessionSpeakers(session(SessionKind.WEBINAR))).extracting("messageKey")
                .isEqualTo("testimony.kind.notSpeaking");
        Session testimony = session(SessionKind.TESTIMONY);
        assertThatThrownBy(() -> new Takeaway(testimony, f.claire, "Retenu", testimony.getStartsAt()))
                .extracting("messageKey").isEqualTo("testimony.takeaway.tooEarly");
        Takeaway takeaway = new Takeaway(testimony, f.claire, "Retenu", testimony.getEndsAt());
        assertThat(takeaway.getText()).isEqualTo("Retenu");
        assertThatThrownBy(() -> Speaker.of(SpeakerKind.EXPERT, " ", null, null, "speakers.3")).extracting("field")
                .isEqualTo("speakers.3.name");
    }
}
