/**
 * The progress monitoring pages (the cohort dashboard, the partners' dashboard across cohorts, a
 * territory's progress), their exports (Excel, CSV, the monthly PDF report) and the filters they share.
 */
package org.parcours.web.monitoring;
