/**
 * The monthly logbook's use cases: the cohort's facilitators draft an issue from the month's facts,
 * edit and illustrate it, and publish it (its readers are emailed after the commit); everyone who
 * follows the cohort reads the published issues.
 */
package org.parcours.application.logbook;
