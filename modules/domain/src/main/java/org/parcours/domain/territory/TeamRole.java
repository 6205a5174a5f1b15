package org.parcours.domain.territory;

/** What a member brings to a territory's team. */
public enum TeamRole {
    /** Élu. */
    ELECTED_OFFICIAL,
    /** Technicien d'une collectivité. */
    OFFICER,
    /** Association. */
    ASSOCIATION,
    /** Entreprise. */
    BUSINESS,
    /** Acteur académique, citoyen, autre. */
    OTHER
}
