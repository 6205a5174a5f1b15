package org.parcours.domain.schedule;

/** What happens in a session. */
public enum SessionKind {
    /** Atelier collectif. */
    COLLECTIVE_WORKSHOP,
    /** Webinaire. */
    WEBINAR,
    /** Temps individuel de travaux personnels: carries an assignment. */
    INDIVIDUAL_WORK,
    /** Atelier de co-développement. */
    CODEV_WORKSHOP,
    /** Visite apprenante. */
    LEARNING_VISIT,
    /** Témoignage de pairs ou de décideurs. */
    TESTIMONY,
    /** Mise en situation, jeu de rôle. */
    ROLE_PLAY
}
