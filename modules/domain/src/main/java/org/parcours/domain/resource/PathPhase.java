package org.parcours.domain.resource;

/** The three phases of the programme a resource serves. */
public enum PathPhase {
    /** Faire émerger les besoins. */
    NEEDS,
    /** Co-construire des solutions. */
    SOLUTIONS,
    /** Évaluer les résultats. */
    EVALUATION
}
