package org.parcours.domain.logbook;

/** A draft is read by the cohort's facilitators only; a published issue by everyone following the cohort. */
public enum LogbookStatus {
    DRAFT,
    PUBLISHED
}
