package org.parcours.domain.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Fixtures;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class LearningVisitTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 17);
    static final Instant NOW = Instant.parse("2026-11-01T09:00:00Z");

    final Person claire = Fixtures.facilitator("claire", "Claire Moreau");
    final Cohort cohort = new Cohort("Promotion", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 9, 1)));
    final List<Territory> territories = new ArrayList<>();
    /** Visitors: two members in each of territories 1..6. */
    final List<Member> visitors = new ArrayList<>();
    final Member hostMember;

    LearningVisitTest() {
        for (int i = 0; i < 7; i++) {
            Territory t = Fixtures.withId(new Territory("T" + i, TerritoryKind.MUNICIPALITY, "R"), 10L + i);
            territories.add(t);
            for (int j = 0; j < 2; j++) {
                Member member = t.addMember("P" + i + j, EmailAddress.of("p" + i + j + "@x.org", "email"),
                        TeamRole.OFFICER, null);
                if (i > 0) {
                    visitors.add(member);
                }
            }
        }
        hostMember = territories.get(0).getMembers().get(0);
        cohort.enrol(territories, List.of());
    }

    static VisitDetails details(int places, LocalDate deadline) {
        return new VisitDetails(Theme.DIGITALISATION, null, "France services itinérante",
                new SessionTiming(ParisTime.at(DAY, LocalTime.of(9, 30)), ParisTime.at(DAY, LocalTime.of(16, 0))),
                "Mairie", "1 place de la Mairie", "Matin : visite ; après-midi : échanges", places, deadline);
    }

    LearningVisit visit(int places) {
        return new LearningVisit(cohort, territories.get(0), claire, details(places, DAY.minusDays(3)));
    }

    @Test
    void places_are_never_exceeded_and_the_rest_wait_in_order_of_arrival() {
        LearningVisit visit = visit(3);
        for (Member visitor : visitors.subList(0, 6)) {
            visit.register(visitor, DAY.minusDays(5), NOW);
        }
        assertThat(visit.registered()).extracting(Registration::getMember).containsExactlyElementsOf(visitors.subList(0, 3));
        assertThat(visit.waitingList()).extracting(Registration::getMember).containsExactlyElementsOf(visitors.subList(3, 6));
        assertThat(visit.freePlaces()).isZero();
    }

    @Test
    void a_cancellation_promotes_the_first_waiting_person() {
        LearningVisit visit = visit(2);
        visitors.subList(0, 5).forEach(v -> visit.register(v, DAY.minusDays(5), NOW));
        assertThat(visit.cancel(visitors.get(1), NOW)).map(Registration::getMember).contains(visitors.get(2));
        assertThat(visit.registered()).extracting(Registration::getMember).containsExactly(visitors.get(0), visitors.get(2));
        assertThat(visit.waitingList()).extracting(Registration::getMember).containsExactly(visitors.get(3), visitors.get(4));
        // A waiting person who cancels frees no place: nobody is promoted.
        assertThat(visit.cancel(visitors.get(3), NOW)).isEmpty();
        assertThat(visit.waitingList()).extracting(Registration::getMember).containsExactly(visitors.get(4));
        // Registering again after cancelling puts one at the end of the queue.
        visit.register(visitors.get(1), DAY.minusDays(5), NOW);
        assertThat(visit.waitingList()).extracting(Registration::getMember).containsExactly(visitors.get(4), visitors.get(1));
    }

    @Test
    void the_host_twice_registered_people_and_late_comers_are_refused() {
        LearningVisit visit = visit(5);
        assertThatThrownBy(() -> visit.register(hostMember, DAY.minusDays(5), NOW)).extracting("messageKey")
                .isEqualTo("visit.register.host");
        visit.register(visitors.get(0), DAY.minusDays(5), NOW);
        assertThatThrownBy(() -> visit.register(visitors.get(0), DAY.minusDays(5), NOW)).extracting("messageKey")
                .isEqualTo("visit.register.twice");
        assertThatThrownBy(() -> visit.register(visitors.get(1), DAY.minusDays(2), NOW)).extracting("messageKey")
                .isEqualTo("visit.register.closed");
    }

    @Test
    void the_details_are_checked() {
        assertThatThrownBy(() -> details(0, DAY)).extracting("field").isEqualTo("places");
        assertThatThrownBy(() -> details(10, DAY.plusDays(1))).extracting("messageKey").isEqualTo("visit.deadline.afterVisit");
        assertThatThrownBy(() -> new VisitDetails(Theme.OTHER, " ", "P", details(1, DAY).timing(), "V", "A", "Prog", 1, DAY))
                .extracting("field").isEqualTo("otherTheme");
        LearningVisit visit = visit(3);
        visitors.subList(0, 3).forEach(v -> visit.register(v, DAY.minusDays(5), NOW));
        assertThatThrownBy(() -> visit.describe(details(2, DAY))).extracting("messageKey")
                .isEqualTo("visit.places.belowRegistered");
    }

    @Test
    void only_visitors_with_a_place_debrief_and_only_after_the_visit() {
        LearningVisit visit = visit(1);
        visit.register(visitors.get(0), DAY.minusDays(5), NOW);
        visit.register(visitors.get(1), DAY.minusDays(5), NOW);
        Instant after = visit.getEndsAt().plusSeconds(3600);
        assertThatThrownBy(() -> visit.debrief(visitors.get(0), "Appris", "Essayer", NOW)).extracting("messageKey")
                .isEqualTo("visit.debrief.tooEarly");
        assertThatThrownBy(() -> visit.debrief(visitors.get(1), "Appris", "Essayer", after)).extracting("messageKey")
                .isEqualTo("visit.debrief.notVisitor");
        visit.debrief(visitors.get(0), "Le bus numérique", "Un bus partagé avec la CAF", after);
        assertThat(visit.registered().get(0).isDebriefed()).isTrue();
    }

    @Test
    void the_overview_keeps_no_entity_so_that_a_page_holding_it_keeps_nothing_else() throws Exception {
        LearningVisit visit = visit(5);
        visitors.subList(0, 2).forEach(v -> visit.register(v, DAY.minusDays(5), NOW));
        VisitOverview overview = new VisitOverview(territories, List.of(visit));

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(overview);
        }
        String written = bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written).doesNotContain(Territory.class.getName(), LearningVisit.class.getName(),
                Registration.class.getName(), Member.class.getName());
        assertThat(written).contains(TerritoryName.class.getName(), VisitLine.class.getName());
    }

    private TerritoryName name(int index) {
        return TerritoryName.of(territories.get(index));
    }

    @Test
    void the_overview_counts_who_visited_whom_and_suggests_hosts_on_a_theme() {
        LearningVisit first = visit(5);
        visitors.subList(0, 3).forEach(v -> first.register(v, DAY.minusDays(5), NOW));
        LearningVisit second = new LearningVisit(cohort, territories.get(1), claire, new VisitDetails(Theme.SKILLS, null,
                "Groupement d'employeurs", first.timing(), "Salle", "Adresse", "Programme", 5, DAY.minusDays(3)));
        second.register(hostMember, DAY.minusDays(5), NOW);
        VisitOverview overview = new VisitOverview(territories, List.of(first, second));
        TerritoryName t0 = name(0);
        TerritoryName t1 = name(1);
        TerritoryName t2 = name(2);
        assertThat(overview.getTerritories()).contains(t0, t1, t2);
        assertThat(overview.getVisits()).extracting(VisitLine::practice, VisitLine::hostName, VisitLine::freePlaces)
                .containsExactly(tuple(first.getPractice(), "T0", 2), tuple("Groupement d'employeurs", "T1", 4));
        assertThat(overview.visits(t1, t0)).isEqualTo(2);
        assertThat(overview.visits(t2, t0)).isEqualTo(1);
        assertThat(overview.visits(t0, t1)).isEqualTo(1);
        assertThat(overview.hosted(t0)).isEqualTo(1);
        assertThat(overview.visitsMade(t1)).isEqualTo(2);
        assertThat(overview.suggestedHosts(Theme.SKILLS, territories.get(3).getId(), 3)).first().isEqualTo(t1);
        assertThat(overview.suggestedHosts(Theme.SKILLS, t1.id(), 20)).doesNotContain(t1);
        assertThat(overview.suggestedHosts(Theme.SKILLS, null, 20)).hasSize(territories.size());
    }
}
