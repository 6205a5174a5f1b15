package org.parcours.domain.calendar;

/** Whose sessions a calendar feed lists. */
public enum FeedOwner {
    PERSON, TERRITORY
}
