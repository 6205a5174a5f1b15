package org.parcours.domain.territory;

/** The level of local government a pilot territory stands for. */
public enum TerritoryKind {
    /** Commune. */
    MUNICIPALITY,
    /** Intercommunalité (EPCI). */
    INTERMUNICIPALITY,
    /** Département. */
    DEPARTMENT,
    /** Région. */
    REGION
}
