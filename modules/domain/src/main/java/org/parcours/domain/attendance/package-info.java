/**
 * Attendance (émargement): for each session and each expected participant (a member of a territory
 * taking part), present, absent, excused or late, marked by a facilitator or self-registered during
 * the session with the short code the facilitator shows.
 */
package org.parcours.domain.attendance;
