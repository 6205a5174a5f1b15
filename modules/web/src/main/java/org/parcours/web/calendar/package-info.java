/**
 * The iCalendar feeds at {@code /feeds/<token>.ics}: reachable without a signed-in session (calendar
 * applications subscribe to them), the secret token being the only key.
 */
package org.parcours.web.calendar;
