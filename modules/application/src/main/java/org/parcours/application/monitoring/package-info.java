/**
 * Progress monitoring use cases: the dashboards' figures, alerts and trends for the cohorts the
 * caller may watch (admins and facilitators: all; partners: those they follow), a territory's own
 * progress page (also for its team), and the monthly PDF report, downloaded or emailed to the
 * cohort's partners by a scheduled job that claims its month once per cluster.
 */
package org.parcours.application.monitoring;
