package org.parcours.domain.codev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

class CoDevGroupTest {

    private final CoDevFixtures f = new CoDevFixtures();

    @Test
    void a_group_holds_four_to_eight_members() {
        assertThat(f.group(4).getMembers()).hasSize(4);
        assertThat(f.group(8).getMembers()).hasSize(8);
        assertThatThrownBy(() -> f.group(3)).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("codev.group.sizeRange");
        assertThatThrownBy(() -> f.group(9)).isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("codev.group.sizeRange");
    }

    @Test
    void two_members_of_one_territory_are_refused() {
        Member colleague = f.territories.get(0).getMembers().stream()
                .filter(m -> m.getFullName().equals("Collègue 0")).findFirst().orElseThrow();
        List<Member> chosen = List.of(f.members.get(0), colleague, f.members.get(1), f.members.get(2));
        assertThatThrownBy(() -> new CoDevGroup(f.cohort, "G", null, f.claire, chosen))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("codev.group.sameTerritory"))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("members"));
    }

    @Test
    void members_come_from_the_cohort_and_the_animateur_runs_it() {
        Territory outsider = new Territory("Ailleurs", TerritoryKind.REGION, "Corse");
        Member stranger = outsider.addMember("Étranger", EmailAddress.of("x@ailleurs.org", "email"), TeamRole.OFFICER, null);
        List<Member> chosen = List.of(f.members.get(0), f.members.get(1), f.members.get(2), stranger);
        assertThatThrownBy(() -> new CoDevGroup(f.cohort, "G", null, f.claire, chosen))
                .extracting("messageKey").isEqualTo("codev.member.notInCohort");
        assertThatThrownBy(() -> new CoDevGroup(f.cohort, "G", null, f.hugo, f.members.subList(0, 4)))
                .extracting("messageKey").isEqualTo("codev.animateur.notFacilitatorOfCohort");
    }

    @Test
    void everyone_is_client_once_before_anyone_is_again() {
        CoDevGroup group = f.group(4);
        List<Member> m = f.members;
        group.checkClient(m.get(1), List.of(m.get(0)));
        assertThatThrownBy(() -> group.checkClient(m.get(0), List.of(m.get(0), m.get(1))))
                .extracting("messageKey").isEqualTo("codev.client.alreadyClient");
        assertThat(group.awaitingTheirTurn(List.of(m.get(0), m.get(2)))).containsExactly(m.get(1), m.get(3));
        // A full cycle done: a new one starts and anyone may be client again.
        List<Member> cycle = List.of(m.get(0), m.get(1), m.get(2), m.get(3));
        group.checkClient(m.get(0), cycle);
        assertThat(group.awaitingTheirTurn(cycle)).hasSize(4);
        assertThatThrownBy(() -> group.checkClient(m.get(5), List.of()))
                .extracting("messageKey").isEqualTo("codev.client.notMember");
    }

    @Test
    void the_proposed_mix_takes_one_member_per_territory_in_groups_of_four_to_eight() {
        List<List<Member>> proposal = GroupMix.propose(f.territories, java.util.Map.of(), java.util.Set.of(), 5);
        assertThat(proposal).hasSize(2);
        assertThat(proposal).allSatisfy(g -> assertThat(g).hasSizeBetween(4, 8));
        assertThat(proposal.stream().flatMap(List::stream).map(Member::getTerritory).distinct()).hasSize(9);
        // Each proposed group is accepted as it is.
        proposal.forEach(g -> new CoDevGroup(f.cohort, "G", null, f.claire, g));
        // Members already grouped are left out; too few left for a group: nothing proposed.
        assertThat(GroupMix.propose(f.territories.subList(0, 5), java.util.Map.of(),
                java.util.Set.copyOf(f.members.subList(1, 3)), 5)).isEmpty();
    }

    @Test
    void a_large_cohort_is_split_so_that_no_group_exceeds_eight() {
        Cohort big = new Cohort("Grande", CohortPeriod.nineMonthsFrom(CoDevFixtures.DAY));
        List<Territory> many = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            Territory t = new Territory("T" + i, TerritoryKind.MUNICIPALITY, "R" + (i % 4));
            t.addMember("P" + i, EmailAddress.of("p" + i + "@x.org", "email"), TeamRole.OFFICER, null);
            many.add(t);
        }
        big.enrol(many, List.of());
        List<List<Member>> proposal = GroupMix.propose(many, java.util.Map.of(), java.util.Set.of(), 8);
        assertThat(proposal).hasSize(3).allSatisfy(g -> assertThat(g).hasSizeBetween(4, 8));
    }
}
