/** Opening cohorts, choosing their territories and facilitators, revising them. */
package org.parcours.application.cohort;
