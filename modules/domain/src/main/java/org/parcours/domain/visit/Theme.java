package org.parcours.domain.visit;

import java.util.Arrays;
import java.util.List;

/** The four themes the network works on, or another one (then named in words). */
public enum Theme {
    /** Modèles socio-économiques hybrides. */
    HYBRID_MODELS,
    /** Impact du numérique. */
    DIGITALISATION,
    /** Évolution des compétences. */
    SKILLS,
    /** Diversité des méthodes d'évaluation. */
    EVALUATION,
    OTHER;

    /** The network's four themes, without "another one": what a resource is filed under. */
    public static final List<Theme> NETWORK = Arrays.stream(values()).filter(t -> t != OTHER).toList();
}
