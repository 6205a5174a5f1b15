/**
 * Planning and running a cohort's nine months: generating the schedule from a programme, editing,
 * moving and cancelling sessions with conflict detection, importing and listing them, and telling
 * everyone concerned by email when a session changes (after the change is committed).
 * <p>
 * Admins and the cohort's own facilitators change a schedule; facilitators and partners read every
 * schedule; territory members read the schedules of the cohorts their territories follow.
 */
package org.parcours.application.schedule;
