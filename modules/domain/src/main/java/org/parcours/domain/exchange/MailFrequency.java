package org.parcours.domain.exchange;

/** How a person hears by email about replies and mentions in the exchange space. */
public enum MailFrequency {
    /** One email per reply or mention, as it happens (the default). */
    IMMEDIATE,
    /** One email a day listing the day's posts, none otherwise. */
    DAILY_DIGEST,
    /** No email at all. */
    NONE
}
