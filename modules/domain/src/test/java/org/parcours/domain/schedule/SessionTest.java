package org.parcours.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class SessionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);
    private final Fixtures f = new Fixtures();

    @Test
    void every_visible_change_bumps_the_sequence_and_the_uid_stays() {
        Session session = f.workshop(DAY, 9, 12);
        String uid = session.getUid();
        assertThat(session.getSequence()).isZero();

        session.moveTo(session.timing().movedTo(ParisTime.at(DAY.plusDays(1), LocalTime.of(9, 0))));
        assertThat(session.getSequence()).isEqualTo(1);
        session.moveTo(session.timing()); // no real move
        assertThat(session.getSequence()).isEqualTo(1);

        session.replan(new SessionPlan("Atelier renommé", SessionKind.COLLECTIVE_WORKSHOP, SessionFormat.IN_PERSON,
                null, session.getVenue(), null, null));
        assertThat(session.getSequence()).isEqualTo(2);
        session.replan(session.plan());
        assertThat(session.getSequence()).isEqualTo(2);

        session.cancel();
        assertThat(session.isCancelled()).isTrue();
        assertThat(session.getSequence()).isEqualTo(3);
        assertThat(session.getUid()).isEqualTo(uid).endsWith("@parcours");
    }

    @Test
    void a_move_keeps_the_length() {
        Session session = f.workshop(DAY, 9, 12);
        session.moveTo(session.timing().movedTo(ParisTime.at(DAY, LocalTime.of(14, 0))));
        assertThat(Duration.between(session.getStartsAt(), session.getEndsAt())).hasHours(3);
    }

    @Test
    void an_end_before_the_start_is_refused_on_the_end() {
        assertThatThrownBy(() -> new SessionTiming(ParisTime.at(DAY, LocalTime.of(12, 0)), ParisTime.at(DAY, LocalTime.of(9, 0))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("end");
                    assertThat(e.messageKey()).isEqualTo("session.end.notAfterStart");
                });
    }

    @Test
    void a_venue_needs_a_positive_capacity() {
        assertThatThrownBy(() -> Venue.of("Salle", "Adresse", -3))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("venueCapacity"));
        assertThatThrownBy(() -> Venue.of("Salle", "Adresse", 0)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void the_format_decides_what_is_needed() {
        assertThatThrownBy(() -> new SessionPlan("Atelier", SessionKind.COLLECTIVE_WORKSHOP, SessionFormat.IN_PERSON,
                null, null, null, null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("venueName"));
        assertThatThrownBy(() -> new SessionPlan("Webinaire", SessionKind.WEBINAR, SessionFormat.REMOTE,
                null, null, "javascript:alert(1)", null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("videoLink"));
        SessionPlan remote = new SessionPlan("Webinaire", SessionKind.WEBINAR, SessionFormat.REMOTE,
                null, Venue.of("Salle", "Adresse", 3), "https://visio.example.org/x", null);
        assertThat(remote.venue()).isNull();
    }

    @Test
    void only_the_cohort_territories_and_facilitators_take_part() {
        Session session = f.workshop(DAY, 9, 12);
        Territory elsewhere = new Territory("Ailleurs", TerritoryKind.REGION, "Corse");
        assertThatThrownBy(() -> session.involve(false, List.of(elsewhere), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("territories"));
        assertThatThrownBy(() -> session.involve(false, List.of(), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("territories"));
        Person partner = new Person("paul", "Paul", EmailAddress.of("paul@example.org", "email"));
        assertThatThrownBy(() -> session.involve(true, List.of(), List.of(partner)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("facilitators"));

        session.involve(false, List.of(f.lens), List.of(f.claire));
        assertThat(session.participants()).containsExactly(f.lens);
        session.involve(true, List.of(), List.of(f.claire));
        assertThat(session.participants()).containsExactlyInAnyOrder(f.lens, f.redon);
    }

    @Test
    void resources_are_http_links() {
        Session session = f.workshop(DAY, 9, 12);
        assertThatThrownBy(() -> ResourceLink.of("Guide", "file:///etc/passwd", "resources.0.url"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("resources.0.url"));
        session.attach(List.of(ResourceLink.of("Guide", "https://example.org/guide.pdf", "resources.0.url")));
        assertThat(session.getResources()).extracting(ResourceLink::getTitle).containsExactly("Guide");
        assertThat(session.getSequence()).as("a session being created starts at 0").isZero();
        Session stored = Fixtures.withId(f.workshop(DAY, 9, 12), 3L);
        stored.attach(List.of(ResourceLink.of("Guide", "https://example.org/guide.pdf", "resources.0.url")));
        assertThat(stored.getSequence()).isEqualTo(1);
    }
}
