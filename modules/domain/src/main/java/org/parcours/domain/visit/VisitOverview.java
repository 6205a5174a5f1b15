package org.parcours.domain.visit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.domain.territory.Territory;

/**
 * Who hosted and who visited whom in a cohort, so that facilitators can balance hosting: a
 * territory-by-territory matrix of visitors with a place (rows: visiting territory, columns: host),
 * how many visits each territory hosted, and the hosts to suggest for a theme.
 */
public final class VisitOverview {

    private final List<Territory> territories;
    private final List<LearningVisit> cohortVisits;
    private final Map<Long, Map<Long, Integer>> visits = new HashMap<>();
    private final Map<Long, Integer> hosted = new HashMap<>();
    private final Map<Long, Map<Theme, Integer>> hostedByTheme = new HashMap<>();

    /** @param territories the cohort's territories (the matrix's rows and columns, sorted by name) */
    public VisitOverview(List<Territory> territories, List<LearningVisit> cohortVisits) {
        this.territories = territories.stream().sorted(Comparator.comparing(Territory::getName)).toList();
        this.cohortVisits = List.copyOf(cohortVisits);
        for (LearningVisit visit : cohortVisits) {
            long host = visit.getHost().getId();
            hosted.merge(host, 1, Integer::sum);
            hostedByTheme.computeIfAbsent(host, h -> new HashMap<>()).merge(visit.getTheme(), 1, Integer::sum);
            for (Registration registration : visit.registered()) {
                long visitor = registration.getTerritory().getId();
                visits.computeIfAbsent(visitor, v -> new HashMap<>()).merge(host, 1, Integer::sum);
            }
        }
    }

    /** The cohort's visits the overview was made from, in their order. */
    public List<LearningVisit> getVisits() {
        return cohortVisits;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    /** How many people of the visiting territory had a place at visits of the host. */
    public int visits(Territory visitor, Territory host) {
        return visits.getOrDefault(visitor.getId(), Map.of()).getOrDefault(host.getId(), 0);
    }

    public int hosted(Territory territory) {
        return hosted.getOrDefault(territory.getId(), 0);
    }

    /** How many visits of other territories the territory's people went to. */
    public int visitsMade(Territory territory) {
        return visits.getOrDefault(territory.getId(), Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Hosts to suggest to a visitor interested in a theme: territories that already showed a practice
     * on it (most first), then those that hosted least (to balance hosting); never the visitor itself.
     */
    public List<Territory> suggestedHosts(Theme theme, Territory visitor, int max) {
        List<Territory> candidates = new ArrayList<>(territories);
        candidates.removeIf(t -> visitor != null && t.getId().equals(visitor.getId()));
        candidates.sort(Comparator.comparing((Territory t) -> -onTheme(t, theme))
                .thenComparing(this::hosted)
                .thenComparing(Territory::getName));
        return candidates.subList(0, Math.min(max, candidates.size()));
    }

    public int onTheme(Territory territory, Theme theme) {
        return hostedByTheme.getOrDefault(territory.getId(), Map.of()).getOrDefault(theme, 0);
    }
}
