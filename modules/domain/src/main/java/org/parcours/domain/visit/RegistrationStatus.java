package org.parcours.domain.visit;

/** Where a person stands for a visit: has a place, waits for one, or cancelled. */
public enum RegistrationStatus {
    REGISTERED,
    WAITING,
    CANCELLED
}
