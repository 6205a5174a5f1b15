package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.directory.DirectoryRepository;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.person.Person;
import org.parcours.domain.visit.Theme;

/**
 * Two threads in the demo cohort's exchange space and a few directory entries: Anne and Claire are
 * listed (Anne shows her expertise and themes but not her email or phone), Paul shows his name only,
 * Marc is not listed (the default).
 */
@ApplicationScoped
public class DemoExchange {

    @Inject
    ExchangeRepository exchange;
    @Inject
    DirectoryRepository directory;

    public void load(Cohort cohort, Person anne, Person marc, Person claire, Person paul) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant start = now.minus(3, ChronoUnit.DAYS);
        DiscussionThread places = new DiscussionThread(cohort, Theme.HYBRID_MODELS,
                "Tiers-lieux : quel modèle économique après la subvention d'amorçage ?", anne, start);
        exchange.add(places);
        post(places, anne, "Notre tiers-lieu finit sa deuxième année de subvention. Comment avez-vous fait pour "
                + "mêler recettes propres, mécénat et conventions avec les collectivités ?", start);
        post(places, marc, "@anne à Lens, la régie de quartier loue l'espace aux associations et une entreprise "
                + "d'insertion tient le café : environ 40 % de recettes propres la troisième année.",
                start.plus(5, ChronoUnit.HOURS));
        post(places, claire, "Merci à vous deux : nous en ferons un point de l'atelier du mois prochain.",
                start.plus(1, ChronoUnit.DAYS));
        DiscussionThread evaluation = new DiscussionThread(cohort, Theme.EVALUATION,
                "Évaluer sans tout mesurer : vos méthodes qualitatives", claire, start.plus(2, ChronoUnit.DAYS));
        exchange.add(evaluation);
        post(evaluation, claire, "Récits de changement, carnets de bord, entretiens croisés : quelles méthodes "
                + "utilisez-vous pour montrer les effets de vos projets ?", start.plus(2, ChronoUnit.DAYS));

        entry(anne, "02 99 71 00 00", "Tiers-lieux, animation de la vie associative, conventions avec les associations",
                List.of(Theme.HYBRID_MODELS, Theme.SKILLS), false, false, true, true, now);
        entry(claire, null, "Animation de réseaux territoriaux, co-développement, évaluation participative",
                List.of(Theme.EVALUATION), true, false, true, true, now);
        entry(paul, null, null, List.of(), false, false, false, false, now);
    }

    private void post(DiscussionThread thread, Person author, String body, Instant at) {
        Post post = thread.post(author, body, null, at);
        exchange.add(post);
    }

    private void entry(Person person, String phone, String expertise, List<Theme> themes, boolean email,
            boolean phoneShown, boolean expertiseShown, boolean themesShown, Instant now) {
        DirectoryEntry entry = new DirectoryEntry(person, now);
        entry.describe(phone, expertise, themes, 0, now);
        entry.choose(true, email, phoneShown, expertiseShown, themesShown);
        directory.add(entry);
    }
}
