package org.parcours.domain.audit;

/** What an audit event records. Stored by name: never rename a constant. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCESS_DENIED,
    ROLES_CHANGED,
    PERSON_ACTIVATED,
    PERSON_DEACTIVATED,
    PERSON_PROVISIONED,
    COHORT_OPENED,
    COHORT_REVISED,
    TERRITORY_REGISTERED,
    TERRITORY_REVISED,
    PERSONAL_DATA_EXPORTED,
    PERSON_ERASED,
    RETENTION_APPLIED
}
