/**
 * Calendar subscriptions: the secret tokens behind the iCalendar feeds of a territory or a person.
 * Only a hash of a token is kept; the token itself is shown once, when it is made, and can be
 * revoked or replaced at any time.
 */
package org.parcours.domain.calendar;
