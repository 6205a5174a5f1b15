package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.logbook.HtmlSanitizer;
import org.parcours.domain.logbook.LogbookContent;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookRepository;

/**
 * The first month's issue of the demo cohort's logbook, published: the "embarquement" the programme
 * announces, with the four themes the network works on. Nobody is emailed (demo data is loaded, not
 * published through the use case).
 */
@ApplicationScoped
public class DemoLogbook {

    @Inject
    LogbookRepository logbooks;

    @Inject
    HtmlSanitizer sanitizer;

    public void load(Cohort cohort, String facilitator) {
        YearMonth month = YearMonth.from(cohort.getPeriod().getStartDate());
        String title = "Carnet de bord — " + month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
        Instant now = Instant.now();
        LogbookIssue issue = LogbookIssue.draft(cohort, month, new LogbookContent(title,
                "<h3>L'embarquement</h3>"
                        + "<p>Les douze territoires pilotes ont commencé le parcours d'expérience <strong>Co-construction "
                        + "territoriale</strong> par la première action : <em>faire émerger les besoins</em>. Chaque équipe "
                        + "a présenté son territoire, ses alliances existantes et les questions qu'elle se pose.</p>"
                        + "<h3>Les quatre axes de travail</h3><ul><li>les modèles socio-économiques hybrides ;</li>"
                        + "<li>l'impact de la digitalisation ;</li><li>les mutations des compétences ;</li>"
                        + "<li>la diversité des modes d'évaluation.</li></ul>",
                "<h3>Ce que les territoires ont partagé</h3>"
                        + "<p>Les premiers ateliers ont montré la diversité des points de départ : certains territoires "
                        + "animent déjà un réseau d'acteurs, d'autres cherchent à réunir pour la première fois collectivité, "
                        + "associations et entreprises autour d'un même besoin.</p>"
                        + "<blockquote>« Écouter les besoins avant de proposer des solutions. » — ce que retiennent les "
                        + "groupes de co-développement (apprentissage partagé)</blockquote>",
                "<h3>Pour aller plus loin</h3>"
                        + "<p>Le <strong>Référentiel sur la co-construction en territoire</strong> pose le cadre de "
                        + "réflexion ; le MOOC <em>Les alliances qui changent les territoires</em> (ESSEC / Le RAMEAU) "
                        + "en donne des illustrations. Retrouvez-les dans le kit pratique de Parcours et sur le centre de "
                        + "ressources <a href=\"" + DemoResources.CENTRE + "\">Co-construction territoriale</a>.</p>"
                        + "<h3>Le mois prochain</h3><p>La deuxième action commence : <em>co-construire des solutions</em>, "
                        + "avec les premières visites apprenantes.</p>"),
                sanitizer, facilitator, now);
        issue.publish(facilitator, now);
        logbooks.add(issue);
    }
}
