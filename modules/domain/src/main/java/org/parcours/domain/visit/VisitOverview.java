package org.parcours.domain.visit;

import java.io.Serializable;
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
 *
 * <p>Made from the visits' entities, it keeps only ids, names and counts: a page holds it for as long
 * as it is open, and an entity would keep with it everything read in the same persistence context.
 */
public final class VisitOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<TerritoryName> territories;
    private final List<VisitLine> lines;
    private final HashMap<Long, HashMap<Long, Integer>> visits = new HashMap<>();
    private final HashMap<Long, Integer> hosted = new HashMap<>();
    private final HashMap<Long, HashMap<Theme, Integer>> hostedByTheme = new HashMap<>();

    /** @param territories the cohort's territories (the matrix's rows and columns, sorted by name) */
    public VisitOverview(List<Territory> territories, List<LearningVisit> cohortVisits) {
        this.territories = territories.stream().map(TerritoryName::of)
                .sorted(Comparator.comparing(TerritoryName::name)).toList();
        this.lines = cohortVisits.stream().map(VisitLine::of).toList();
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
    public List<VisitLine> getVisits() {
        return lines;
    }

    public List<TerritoryName> getTerritories() {
        return territories;
    }

    /** How many people of the visiting territory had a place at visits of the host. */
    public int visits(TerritoryName visitor, TerritoryName host) {
        return visits.getOrDefault(visitor.id(), new HashMap<>()).getOrDefault(host.id(), 0);
    }

    public int hosted(TerritoryName territory) {
        return hosted.getOrDefault(territory.id(), 0);
    }

    /** How many visits of other territories the territory's people went to. */
    public int visitsMade(TerritoryName territory) {
        return visits.getOrDefault(territory.id(), new HashMap<>()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Hosts to suggest to a visitor interested in a theme: territories that already showed a practice
     * on it (most first), then those that hosted least (to balance hosting); never the visitor itself.
     *
     * @param visitorId the visiting territory, or null when the reader belongs to none of the cohort's
     */
    public List<TerritoryName> suggestedHosts(Theme theme, Long visitorId, int max) {
        List<TerritoryName> candidates = new ArrayList<>(territories);
        candidates.removeIf(t -> visitorId != null && t.id() == visitorId);
        candidates.sort(Comparator.comparing((TerritoryName t) -> -onTheme(t, theme))
                .thenComparing(this::hosted)
                .thenComparing(TerritoryName::name));
        return List.copyOf(candidates.subList(0, Math.min(max, candidates.size())));
    }

    public int onTheme(TerritoryName territory, Theme theme) {
        return hostedByTheme.getOrDefault(territory.id(), new HashMap<>()).getOrDefault(theme, 0);
    }
}
