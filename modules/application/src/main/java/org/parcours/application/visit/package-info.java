/**
 * Learning visit use cases: proposing a visit (held as a schedule session), registering and
 * cancelling under a lock on the visit's row so that places are never exceeded, notifying by email
 * the person a cancellation promotes (after commit), debriefs, the cohort's overview and the month's
 * learnings for the logbook.
 */
package org.parcours.application.visit;
