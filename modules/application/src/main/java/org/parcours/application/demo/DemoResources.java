package org.parcours.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.parcours.domain.resource.PathPhase;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.resource.ResourceContent;
import org.parcours.domain.resource.ResourceNature;
import org.parcours.domain.resource.ResourceRepository;
import org.parcours.domain.resource.ResourceType;
import org.parcours.domain.visit.Theme;

/**
 * The practical kit of Le RAMEAU, as listed in the programme's presentation: resources of the four
 * natures. They point to the public digital resource centre the presentation gives (no other address
 * is invented), and the MOOCs to the same centre.
 */
@ApplicationScoped
public class DemoResources {

    /** The public resource centre "Co-construction territoriale" named by the programme. */
    static final String CENTRE = "https://coconstructionterritoriale.wordpress.com/";
    private static final String LR = "Le RAMEAU";

    @Inject
    ResourceRepository resources;

    private record Sample(ResourceNature nature, ResourceType type, String title, String summary, String author,
            int year, PathPhase phase, Set<Theme> themes, String tags) {
    }

    private static List<Sample> all() {
        return List.of(
                new Sample(ResourceNature.FRAMEWORK, ResourceType.LINK, "Référentiel sur la co-construction en territoire",
                        "Les enjeux de la co-construction en territoire et le cadre de réflexion proposé (novembre 2016).",
                        LR, 2016, PathPhase.NEEDS, Set.of(Theme.HYBRID_MODELS), "référentiel, co-construction"),
                new Sample(ResourceNature.FRAMEWORK, ResourceType.LINK,
                        "Note prospective sur les modèles de co-construction territoriale",
                        "Une note prospective sur les modèles de co-construction territoriale.",
                        LR, 2016, PathPhase.NEEDS, Set.of(Theme.HYBRID_MODELS), "prospective, modèles"),
                new Sample(ResourceNature.ILLUSTRATION, ResourceType.VIDEO, "Film sur 3 exemples de co-construction territoriale",
                        "Trois cas concrets montrant la diversité des formes de co-construction territoriale.",
                        LR, 2015, PathPhase.SOLUTIONS, Set.of(Theme.HYBRID_MODELS, Theme.SKILLS), "film, exemples"),
                new Sample(ResourceNature.METHOD, ResourceType.MOOC, "MOOC ESSEC « Les alliances qui changent les territoires »",
                        "Se former aux enjeux et aux modèles de co-construction en territoire (MOOC ESSEC / Le RAMEAU).",
                        "ESSEC / Le RAMEAU", 2016, PathPhase.SOLUTIONS, Set.of(Theme.SKILLS), "mooc, formation"),
                new Sample(ResourceNature.METHOD, ResourceType.MOOC, "MOOC ESSEC « Les partenariats qui changent le monde »",
                        "Se former aux enjeux et à la pratique des partenariats entre entreprises et associations,"
                                + " en 4 sessions de 2 heures.",
                        "ESSEC / Le RAMEAU", 2015, PathPhase.SOLUTIONS, Set.of(Theme.SKILLS), "mooc, partenariats"),
                new Sample(ResourceNature.METHOD, ResourceType.LINK, "Réaliser une étude territoriale",
                        "Mettre en œuvre une démarche : réaliser une étude territoriale.",
                        LR, 2013, PathPhase.NEEDS, Set.of(Theme.DIGITALISATION), "étude, diagnostic"),
                new Sample(ResourceNature.TOOLBOX, ResourceType.LINK,
                        "Check list des questions d'une démarche d'évaluation des partenariats",
                        "Les questions à se poser pour évaluer un partenariat.",
                        LR, 2015, PathPhase.EVALUATION, Set.of(Theme.EVALUATION), "évaluation, check list"));
    }

    /** Called by {@link DemoData} inside its transaction. */
    int load(String by) {
        Instant now = Instant.now();
        List<Sample> samples = all();
        for (Sample s : samples) {
            resources.add(Resource.publish(new ResourceContent(s.nature(), s.type(), s.title(), s.summary(), s.author(),
                    s.year(), s.phase(), s.themes(), s.tags(), CENTRE), null, by, now));
        }
        return samples.size();
    }
}
