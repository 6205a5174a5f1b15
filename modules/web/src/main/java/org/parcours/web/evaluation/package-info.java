/**
 * Evaluation pages: a cohort's evaluation home, a session's questionnaire, a team's self-assessment,
 * the grid of questions and the cohort's results. Thin view beans over
 * {@link org.parcours.application.evaluation}.
 */
package org.parcours.web.evaluation;
