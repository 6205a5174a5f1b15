/**
 * The cohort (cohorte, promotion): one run of the 9-month path, with its period, the pilot
 * territories that follow it and the facilitators who run it.
 * <p>
 * A territory follows at most one cohort at a time: two cohorts whose periods overlap never share a
 * territory. The rule needs the territory's other cohorts, which the caller loads and hands in.
 */
package org.parcours.domain.cohort;
