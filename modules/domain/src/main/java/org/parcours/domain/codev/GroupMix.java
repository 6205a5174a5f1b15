package org.parcours.domain.codev;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.visit.Theme;

/**
 * The platform's proposal of co-development groups for a cohort, which the facilitator then adjusts:
 * one member per territory (a technicien first: they carry the project day to day), territories
 * sorted by theme then region and dealt in turn, so that each group mixes themes and regions.
 */
public final class GroupMix {

    private GroupMix() {
    }

    /**
     * @param territories the cohort's territories with their teams
     * @param themes each territory's main theme when known (e.g. from the visits it hosted)
     * @param alreadyGrouped members already in a group of the cohort: left out
     * @param wantedSize the group size aimed at, between 4 and 8
     * @return groups of 4 to 8 members; empty when fewer than 4 territories have a free member
     */
    public static List<List<Member>> propose(List<Territory> territories, Map<Territory, Theme> themes,
            Set<Member> alreadyGrouped, int wantedSize) {
        int size = Math.max(CoDevGroup.MIN_MEMBERS, Math.min(CoDevGroup.MAX_MEMBERS, wantedSize));
        List<Territory> sorted = new ArrayList<>(territories);
        sorted.sort(Comparator.comparing((Territory t) -> themes.get(t) == null ? "~" : themes.get(t).name())
                .thenComparing(Territory::getRegion).thenComparing(Territory::getName));
        List<Member> candidates = new ArrayList<>();
        for (Territory territory : sorted) {
            territory.getMembers().stream()
                    .filter(m -> !alreadyGrouped.contains(m))
                    .min(Comparator.comparing((Member m) -> m.getTeamRole() == TeamRole.OFFICER ? 0 : 1)
                            .thenComparing(Member::getFullName))
                    .ifPresent(candidates::add);
        }
        if (candidates.size() < CoDevGroup.MIN_MEMBERS) {
            return List.of();
        }
        // As many groups as fit the wanted size, never so many that one falls under the minimum.
        int groups = Math.max(1, Math.round((float) candidates.size() / size));
        while (groups > 1 && candidates.size() / groups < CoDevGroup.MIN_MEMBERS) {
            groups--;
        }
        while (Math.ceil((double) candidates.size() / groups) > CoDevGroup.MAX_MEMBERS) {
            groups++;
        }
        List<List<Member>> proposal = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            proposal.add(new ArrayList<>());
        }
        for (int i = 0; i < candidates.size(); i++) {
            proposal.get(i % groups).add(candidates.get(i));
        }
        return proposal;
    }
}
