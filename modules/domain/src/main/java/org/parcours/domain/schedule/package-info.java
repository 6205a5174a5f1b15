/**
 * The nine-month path of a cohort: the programme template (phases and session templates placed by
 * month and week), the concrete sessions generated from it on working days, and the rules a
 * schedule must keep (no one in two places at once, a venue within its capacity, every session
 * inside the cohort's period).
 * <p>
 * Times are instants (UTC); the path is lived in {@link org.parcours.domain.schedule.ParisTime#ZONE},
 * so days, weeks and holidays are computed there.
 */
package org.parcours.domain.schedule;
