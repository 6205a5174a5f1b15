/**
 * Evaluation of the path: the short questionnaire participants answer after each collective session
 * (usefulness, satisfaction, one thing they will apply) and each territory team's self-assessment of
 * its co-construction approach at mid-path and at the end, with the averages that compare them.
 *
 * <p>Decisions: a session's questionnaire opens when the session ends and stays open the number of
 * days its cohort's facilitators chose (1 to 30, {@link org.parcours.domain.evaluation.Questionnaire#OPEN_DAYS}
 * by default); one answer per team member and session, not revisable. Response rates count attendees
 * (present or late) who answered, and territories of the cohort that filled a self-assessment round. A cohort's self-assessment questions may be edited only until the first
 * answer: mid-path and end are then compared on the very same questions. Cohorts are compared with
 * each other by their averages over every score of their teams ({@link
 * org.parcours.domain.evaluation.CohortEvaluationSummary}), each on its own grid's scale.
 */
package org.parcours.domain.evaluation;
