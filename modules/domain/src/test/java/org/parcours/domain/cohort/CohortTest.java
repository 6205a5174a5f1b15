package org.parcours.domain.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class CohortTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);

    private final Territory lens = new Territory("Lens", TerritoryKind.MUNICIPALITY, "Hauts-de-France");
    private final Territory redon = new Territory("Pays de Redon", TerritoryKind.INTERMUNICIPALITY, "Bretagne");

    @Test
    void a_nine_month_path_runs_through_ten_calendar_months_when_it_starts_mid_month() {
        CohortPeriod period = CohortPeriod.nineMonthsFrom(LocalDate.of(2031, 3, 15));
        // 15 March to 15 December 2031: March, April, ..., December.
        assertThat(period.months()).hasSize(10).doesNotHaveDuplicates().isSorted();
        assertThat(period.months()).first().isEqualTo(YearMonth.of(2031, 3));
        assertThat(period.months()).last().isEqualTo(YearMonth.of(2031, 12));
        assertThat(CohortPeriod.between(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 31)).months())
                .containsExactly(YearMonth.of(2031, 1));
    }

    @Test
    void the_path_lasts_nine_months_by_default() {
        CohortPeriod period = CohortPeriod.nineMonthsFrom(SEPTEMBER);
        assertThat(period.getEndDate()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void a_cohort_ends_after_it_starts() {
        assertThatThrownBy(() -> CohortPeriod.between(SEPTEMBER, SEPTEMBER.minusDays(1)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("endDate"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("cohort.period.endNotAfterStart"));
        assertThatThrownBy(() -> CohortPeriod.between(SEPTEMBER, SEPTEMBER)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CohortPeriod.between(null, SEPTEMBER))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("startDate"));
    }

    @Test
    void periods_overlap_when_they_share_a_day() {
        CohortPeriod first = CohortPeriod.between(SEPTEMBER, LocalDate.of(2027, 5, 31));
        assertThat(first.overlaps(CohortPeriod.between(LocalDate.of(2027, 5, 31), LocalDate.of(2028, 1, 1)))).isTrue();
        assertThat(first.overlaps(CohortPeriod.between(LocalDate.of(2027, 6, 1), LocalDate.of(2028, 1, 1)))).isFalse();
        assertThat(first.contains(SEPTEMBER)).isTrue();
        assertThat(first.contains(SEPTEMBER.minusDays(1))).isFalse();
    }

    @Test
    void a_cohort_needs_a_name() {
        assertThatThrownBy(() -> new Cohort(" ", CohortPeriod.nineMonthsFrom(SEPTEMBER)))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("name"));
    }

    @Test
    void a_territory_follows_one_cohort_at_a_time() {
        Cohort first = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        first.enrol(List.of(lens, redon), List.of());

        Cohort overlapping = new Cohort("Promotion 2027", CohortPeriod.nineMonthsFrom(SEPTEMBER.plusMonths(3)));
        assertThatThrownBy(() -> overlapping.enrol(List.of(lens), List.of(first)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("cohort.territory.alreadyEnrolled"))
                .satisfies(e -> assertThat(((RuleViolation) e).arguments()).containsExactly("Lens", "Promotion 2026"));
        assertThat(overlapping.getTerritories()).isEmpty();

        Cohort later = new Cohort("Promotion 2028", CohortPeriod.nineMonthsFrom(SEPTEMBER.plusYears(1)));
        later.enrol(List.of(lens), List.of(first));
        assertThat(later.follows(lens)).isTrue();
    }

    @Test
    void enrolling_again_replaces_the_territories_and_ignores_the_cohort_itself() {
        Cohort cohort = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        cohort.enrol(List.of(lens, redon), List.of());
        cohort.enrol(List.of(redon), List.of(cohort));
        assertThat(cohort.getTerritories()).containsExactly(redon);
    }

    @Test
    void moving_a_cohort_onto_another_cohort_of_its_territories_is_refused_and_leaves_it_unchanged() {
        Cohort first = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        first.enrol(List.of(lens), List.of());
        CohortPeriod later = CohortPeriod.nineMonthsFrom(SEPTEMBER.plusYears(1));
        Cohort second = new Cohort("Promotion 2027", later);
        second.enrol(List.of(lens), List.of(first));

        assertThatThrownBy(() -> second.reschedule(CohortPeriod.nineMonthsFrom(SEPTEMBER.plusMonths(1)), List.of(first)))
                .isInstanceOf(RuleViolation.class);
        assertThat(second.getPeriod()).isEqualTo(later);
    }

    @Test
    void only_facilitators_run_a_cohort() {
        Cohort cohort = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        Person claire = new Person("claire", "Claire Facilitatrice", EmailAddress.of("claire@parcours.test", "email"));
        claire.grant(Role.FACILITATOR);
        Person paul = new Person("paul", "Paul Partenaire", EmailAddress.of("paul@parcours.test", "email"));
        paul.grant(Role.PARTNER);

        assertThatThrownBy(() -> cohort.assignFacilitators(List.of(claire, paul)))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("cohort.facilitator.notFacilitator"));
        cohort.assignFacilitators(List.of(claire));
        assertThat(cohort.getFacilitators()).containsExactly(claire);
    }

    @Test
    void an_edit_from_an_older_version_is_refused() {
        Cohort cohort = new Cohort("Promotion 2026", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        cohort.checkUnchangedSince(0);
        assertThatThrownBy(() -> cohort.checkUnchangedSince(3)).isInstanceOf(StaleEditException.class);
    }

    @Test
    void only_partners_follow_a_cohort_as_partners() {
        Cohort cohort = new Cohort("Promotion", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        Person paul = new Person("paul", "Paul", EmailAddress.of("paul@partenaire.fr", "email"));
        Person claire = new Person("claire", "Claire", EmailAddress.of("claire@parcours.fr", "email"));
        claire.grant(Role.FACILITATOR);
        assertThatThrownBy(() -> cohort.assignPartners(List.of(paul)))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("partners"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("cohort.partner.notPartner"));
        paul.grant(Role.PARTNER);
        cohort.assignPartners(List.of(paul));
        assertThat(cohort.isFollowedByPartner("paul")).isTrue();
        assertThat(cohort.isFollowedByPartner("claire")).isFalse();
        cohort.assignPartners(List.of());
        assertThat(cohort.getPartners()).isEmpty();
        assertThat(cohort.isFollowedByPartner("paul")).isFalse();
    }

    @Test
    void a_cohort_knows_who_runs_it() {
        Cohort cohort = new Cohort("Promotion", CohortPeriod.nineMonthsFrom(SEPTEMBER));
        Person claire = new Person("claire", "Claire", EmailAddress.of("claire@parcours.fr", "email"));
        claire.grant(Role.FACILITATOR);
        cohort.assignFacilitators(List.of(claire));
        assertThat(cohort.isFacilitatedBy("claire")).isTrue();
        assertThat(cohort.isFacilitatedBy("paul")).isFalse();
        assertThat(cohort.isFacilitatedBy(null)).isFalse();
    }
}
