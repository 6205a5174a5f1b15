package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.codev.CoDevRepository;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionFormat;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.schedule.SessionPlan;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.schedule.SessionTiming;
import org.parcours.domain.schedule.Venue;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.testimony.SessionSpeakers;
import org.parcours.domain.testimony.Speaker;
import org.parcours.domain.testimony.SpeakerKind;
import org.parcours.domain.testimony.SpeakersRepository;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.visit.VisitDetails;
import org.parcours.domain.visit.VisitRepository;

/**
 * The demo cohort's co-development group (Anne of Redon, Marc of Lens and three peers, run by Claire)
 * with a past session whose content was captured and a next one planned; two learning visits, a past
 * one with a debrief and a coming one; the speakers of the first testimony.
 */
@ApplicationScoped
public class DemoCoDevAndVisits {

    @Inject
    CoDevRepository codev;
    @Inject
    SessionRepository sessions;
    @Inject
    VisitRepository visits;
    @Inject
    SpeakersRepository speakers;

    /** Called by {@link DemoData} inside its transaction, once the cohort and its schedule are stored. */
    void load(Cohort cohort, List<Territory> territories, Person facilitator) {
        Member anne = member(territories, "anne.riviere@redon.demo.test");
        Member marc = member(territories, "marc.dubois@lens.demo.test");
        Member julie = member(territories, "julie.faure@drome.demo.test");
        Member claireG = member(territories, "claire.guerin@pdl.demo.test");
        Member sophie = member(territories, "sophie.lambert@charenton.demo.test");
        CoDevGroup group = new CoDevGroup(cohort, "Groupe Ouest–Nord", Theme.HYBRID_MODELS, facilitator,
                List.of(anne, marc, julie, claireG, sophie));
        codev.add(group);

        LocalDate today = LocalDate.now(ParisTime.ZONE);
        Session past = codevSession(cohort, group, facilitator, today.minusDays(21));
        CoDevSession held = new CoDevSession(group, past);
        held.chooseClient(anne, List.of());
        Instant then = past.getStartsAt();
        held.submitSubject("Notre ressourcerie perd sa subvention de fonctionnement à la fin de l'année : "
                + "comment garder l'animation du lieu sans fragiliser l'association ?", then.minusSeconds(5 * 86400));
        held.start(List.of(anne, marc, julie, claireG), then);
        held.advance(then.plusSeconds(600));
        held.advance(then.plusSeconds(1500));
        held.agreeContract("Des pistes de financement hybride que je puisse présenter au bureau en un mois.",
                "Chacun apporte une piste vécue chez lui ; pas de jugement sur l'association.");
        held.advance(then.plusSeconds(2100));
        held.suggest(marc, "À Lens, un poste est partagé entre la régie de quartier et un club d'entreprises.");
        held.suggest(julie, "Le fonds départemental ESS finance l'amorçage de modèles hybrides : déposer avant mars.");
        held.suggest(claireG, "Une convention de prestation avec l'intercommunalité pour la collecte des encombrants.");
        held.advance(then.plusSeconds(3900));
        held.planAction("Rencontrer la régie de quartier et préparer une note au bureau sur trois scénarios.",
                "Présenter la note au bureau de l'association", today.minusDays(3));
        held.advance(then.plusSeconds(4800));
        held.noteLearning(anne, "Mon problème est partagé : la mutualisation de postes est une vraie piste.", true);
        held.noteLearning(marc, "Formuler une demande précise aide le groupe à rester utile.", true);
        held.noteLearning(julie, "Je ne connaissais pas les conventions de prestation intercommunales.", false);
        held.advance(then.plusSeconds(5700));
        codev.add(held);

        Session next = codevSession(cohort, group, facilitator, today.plusDays(14));
        CoDevSession planned = new CoDevSession(group, next);
        planned.chooseClient(marc, List.of(anne));
        codev.add(planned);

        Territory redon = anne.getTerritory();
        Territory lens = marc.getTerritory();
        Territory figeac = territories.stream().filter(t -> t.getName().equals("Grand Figeac")).findFirst().orElseThrow();
        LearningVisit lensVisit = visit(cohort, lens, facilitator, Theme.SKILLS,
                "Groupement d'employeurs du bassin minier", today.minusDays(10), 8);
        lensVisit.register(anne, today.minusDays(16), then);
        lensVisit.register(julie, today.minusDays(16), then);
        lensVisit.debrief(anne, "Un groupement d'employeurs porté par le club d'entreprises, avec l'appui de la ville.",
                "Réunir nos entreprises de la ressourcerie autour d'un poste partagé.", Instant.now());
        LearningVisit figeacVisit = visit(cohort, figeac, facilitator, Theme.DIGITALISATION,
                "France services itinérante en milieu rural", today.plusDays(21), 3);
        figeacVisit.register(marc, today, Instant.now());
        visits.flush();

        sessions.ofCohort(cohort.getId(), Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"), 2000).stream()
                .filter(s -> s.getKind() == SessionKind.TESTIMONY).findFirst().ifPresent(s -> {
                    SessionSpeakers testimony = new SessionSpeakers(s);
                    testimony.describe(List.of(
                            Speaker.of(SpeakerKind.DECISION_MAKER, "Hélène Martin", "Communauté de communes du Val",
                                    "Présidente", "speakers.0"),
                            Speaker.of(SpeakerKind.EXPERT, "Karim Benali", "Agence régionale de l'ESS",
                                    "Chargé de mission", "speakers.1")), null, List.of());
                    speakers.add(testimony);
                });
    }

    private Session codevSession(Cohort cohort, CoDevGroup group, Person facilitator, LocalDate day) {
        Session session = new Session(cohort, new SessionPlan("Co-développement · " + group.getName(),
                SessionKind.CODEV_WORKSHOP, SessionFormat.REMOTE, null, null, "https://visio.parcours.demo.test/codev",
                null), new SessionTiming(ParisTime.at(day, LocalTime.of(14, 0)), ParisTime.at(day, LocalTime.of(16, 0))));
        session.involve(false, group.getMembers().stream().map(Member::getTerritory).toList(), List.of(facilitator));
        sessions.add(session);
        return session;
    }

    private LearningVisit visit(Cohort cohort, Territory host, Person proposer, Theme theme, String practice,
            LocalDate day, int places) {
        SessionTiming timing = new SessionTiming(ParisTime.at(day, LocalTime.of(9, 30)), ParisTime.at(day, LocalTime.of(16, 30)));
        VisitDetails details = new VisitDetails(theme, null, practice, timing, "Hôtel de ville", "Place de la mairie, "
                + host.getName(), "9 h 30 : accueil ; 10 h : visite ; 12 h 30 : déjeuner ; 14 h : échanges.", places,
                day.minusDays(5));
        LearningVisit visit = new LearningVisit(cohort, host, proposer, details);
        Session session = new Session(cohort, new SessionPlan("Visite apprenante · " + practice, SessionKind.LEARNING_VISIT,
                SessionFormat.IN_PERSON, null, Venue.of(details.venueName(), details.venueAddress(), places), null,
                details.programme()), timing);
        session.involve(true, List.of(), List.of(proposer));
        sessions.add(session);
        visit.holdAs(session);
        visits.add(visit);
        return visit;
    }

    private static Member member(List<Territory> territories, String email) {
        return territories.stream().flatMap(t -> t.getMembers().stream())
                .filter(m -> m.getEmail().getValue().equals(email)).findFirst().orElseThrow();
    }
}
