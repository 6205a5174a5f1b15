package org.parcours.domain.logbook;

/** The three sections of an issue, in the order they are read. */
public enum LogbookSection {
    /** Enjeux: what was at stake this month. */
    CHALLENGES,
    /** Pratiques: practices seen in visits and learnt in co-development. */
    PRACTICES,
    /** Illustrations: resources, examples and what comes next. */
    ILLUSTRATIONS
}
