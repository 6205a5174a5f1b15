package org.parcours.domain.visit;

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
    OTHER
}
