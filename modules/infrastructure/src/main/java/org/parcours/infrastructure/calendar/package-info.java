/** iCalendar (RFC 5545) feeds of sessions, written with ical4j, times in Europe/Paris with its VTIMEZONE. */
package org.parcours.infrastructure.calendar;
