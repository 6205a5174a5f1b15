package org.parcours.domain.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogbookDraftTest {

    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("title", "Carnet de bord — %s"), Map.entry("sessions", "Temps collectifs du mois"),
            Map.entry("sessions.none", "Aucun temps collectif"), Map.entry("upcoming", "Le mois prochain"),
            Map.entry("upcoming.none", "Rien de prévu"), Map.entry("visits", "Visites apprenantes"),
            Map.entry("visits.none", "Aucune visite"), Map.entry("visits.willTry", "À essayer :"),
            Map.entry("codev", "Co-développement"), Map.entry("codev.none", "Aucun apprentissage partagé"),
            Map.entry("resources", "Nouvelles ressources"), Map.entry("resources.none", "Aucune ressource"));

    @Test
    void the_draft_tells_the_month_from_its_facts() {
        MonthFacts facts = new MonthFacts(YearMonth.of(2026, 3), "Cohorte",
                List.of(new MonthFacts.Held(LocalDate.of(2026, 3, 12), "Atelier des besoins", "Atelier collectif")),
                List.of(new MonthFacts.VisitNote("Tiers-lieu", "Pays de Redon", "Ville de Lens", "Un comité d'usagers", "Le refaire")),
                List.of("Écouter avant de proposer"),
                List.of(new MonthFacts.NewResource("Guide <du> co-développement", "Méthode")),
                List.of(new MonthFacts.Held(LocalDate.of(2026, 4, 2), "Webinaire", "Webinaire")));
        LogbookContent draft = LogbookDraft.compose(facts, PHRASES::get);
        assertThat(draft.title()).isEqualTo("Carnet de bord — mars 2026");
        assertThat(draft.challenges()).contains("12 mars · <strong>Atelier des besoins</strong> (Atelier collectif)")
                .contains("Le mois prochain").contains("2 avril · <strong>Webinaire</strong>");
        assertThat(draft.practices()).contains("<strong>Tiers-lieu</strong> (Pays de Redon) : Ville de Lens — Un comité d&#39;usagers")
                .contains("À essayer : Le refaire").contains("<li>Écouter avant de proposer</li>");
        assertThat(draft.illustrations()).contains("Guide &lt;du&gt; co-développement").doesNotContain("<du>");
    }

    @Test
    void an_empty_month_says_so() {
        MonthFacts facts = new MonthFacts(YearMonth.of(2026, 3), "Cohorte", List.of(), List.of(), List.of(), List.of(), List.of());
        LogbookContent draft = LogbookDraft.compose(facts, PHRASES::get);
        assertThat(draft.challenges()).contains("Aucun temps collectif").contains("Rien de prévu");
        assertThat(draft.practices()).contains("Aucune visite").contains("Aucun apprentissage partagé");
        assertThat(draft.illustrations()).contains("Aucune ressource");
    }
}
