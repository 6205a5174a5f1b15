/**
 * Individual work (travaux personnels): the assignment of an individual work time (instructions and
 * due date), each territory's submission (text and checked attachments), marked late when handed in
 * after the due date, and the facilitators' written feedback.
 * <p>
 * A submission is a territory's private work: only that territory's team and the cohort's
 * facilitators (and admins) ever read it; the application layer enforces that.
 */
package org.parcours.domain.work;
