/**
 * Evaluation use cases: answering a session's questionnaire, the reminder to those who have not,
 * the cohorts' self-assessment grids and the teams' self-assessments, and the results that compare
 * them ({@link org.parcours.application.evaluation.EvaluationResults}, also what dashboards call).
 *
 * <p>Who sees what ({@link org.parcours.application.evaluation.EvaluationAccess}): results are figures
 * (averages and counts) for admins, facilitators and the partners following the cohort. The "one thing
 * I will apply" texts are shown, without names, only to the cohort's facilitators and admins; a team's
 * self-assessment comments only to that team and to facilitators and admins. Partners and other
 * territories never read free text, so nothing written can be attributed to a person by them.
 */
package org.parcours.application.evaluation;
