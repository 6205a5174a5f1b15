package org.parcours.domain.schedule;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.parcours.domain.schedule.SessionFormat.HYBRID;
import static org.parcours.domain.schedule.SessionFormat.IN_PERSON;
import static org.parcours.domain.schedule.SessionFormat.REMOTE;
import static org.parcours.domain.schedule.SessionKind.CODEV_WORKSHOP;
import static org.parcours.domain.schedule.SessionKind.COLLECTIVE_WORKSHOP;
import static org.parcours.domain.schedule.SessionKind.INDIVIDUAL_WORK;
import static org.parcours.domain.schedule.SessionKind.LEARNING_VISIT;
import static org.parcours.domain.schedule.SessionKind.ROLE_PLAY;
import static org.parcours.domain.schedule.SessionKind.TESTIMONY;
import static org.parcours.domain.schedule.SessionKind.WEBINAR;

import java.time.LocalTime;
import java.util.List;

/**
 * The programme of the source document: three phases of three months (the network's three actions)
 * and, each month, a collective time, an individual work time and a remote or peer time. Its content
 * is the programme's own (in French, as the path is run), not interface text.
 */
public final class DefaultProgramme {

    public static final String NAME = "Parcours d'expérience co-construction territoriale (9 mois)";
    public static final List<String> PHASES = List.of(
            "Faire émerger les besoins", "Co-construire des solutions", "Évaluer les résultats");

    private static final LocalTime MORNING = LocalTime.of(9, 30);
    private static final LocalTime AFTERNOON = LocalTime.of(14, 0);

    private DefaultProgramme() {
    }

    public static Programme build() {
        Programme p = new Programme(NAME, PHASES);
        for (int month = 1; month <= 9; month++) {
            int phase = (month - 1) / 3;
            p.place(new SessionTemplate(phase, month, 1, TUESDAY, MORNING, 360, COLLECTIVE_WORKSHOP, IN_PERSON,
                    "Atelier collectif — mois " + month, "Accueil, retours d'expérience, travail en sous-groupes, synthèse."));
            p.place(new SessionTemplate(phase, month, 2, THURSDAY, AFTERNOON, 180, INDIVIDUAL_WORK, REMOTE,
                    "Temps individuel de travaux personnels — mois " + month,
                    "Travail de l'équipe territoriale sur la consigne du mois."));
            p.place(new SessionTemplate(phase, month, 3, TUESDAY, AFTERNOON, 90, third(month), third(month) == CODEV_WORKSHOP ? HYBRID : REMOTE,
                    thirdTitle(month), "Présentation, échanges, prochaines étapes."));
        }
        p.place(new SessionTemplate(0, 2, 4, THURSDAY, MORNING, 420, LEARNING_VISIT, IN_PERSON,
                "Visite apprenante — diagnostic partagé", "Accueil par le territoire hôte, visite, débriefing."));
        p.place(new SessionTemplate(1, 5, 4, THURSDAY, MORNING, 420, LEARNING_VISIT, IN_PERSON,
                "Visite apprenante — solutions co-construites", "Accueil par le territoire hôte, visite, débriefing."));
        p.place(new SessionTemplate(1, 6, 4, THURSDAY, AFTERNOON, 180, ROLE_PLAY, IN_PERSON,
                "Mise en situation — animer une instance de co-construction", "Jeu de rôle, observation, débriefing."));
        p.place(new SessionTemplate(2, 8, 4, THURSDAY, AFTERNOON, 120, TESTIMONY, HYBRID,
                "Témoignage de décideurs — évaluer autrement", "Témoignages, questions, enseignements."));
        return p;
    }

    private static SessionKind third(int month) {
        return switch (month % 3) {
            case 1 -> WEBINAR;
            case 2 -> CODEV_WORKSHOP;
            default -> TESTIMONY;
        };
    }

    private static String thirdTitle(int month) {
        return switch (month % 3) {
            case 1 -> "Webinaire thématique — mois " + month;
            case 2 -> "Atelier de co-développement — mois " + month;
            default -> "Témoignage de pairs — mois " + month;
        };
    }
}
