package org.parcours.domain.resource;

/** The four natures of the practical kit. */
public enum ResourceNature {
    /** Cadre de référence: the stakes and the frame of reflection. */
    FRAMEWORK,
    /** Illustrations: concrete cases. */
    ILLUSTRATION,
    /** Méthode: how to lead co-construction on a territory. */
    METHOD,
    /** Boîte à outils: the tools to put it into practice. */
    TOOLBOX
}
