/**
 * Performance at national scale: {@link org.parcours.bench.Generate} fills a database with a chosen
 * number of cohorts (1x = the pilot's 12 territories and one cohort, 100x = a national roll-out) and
 * {@link org.parcours.bench.Benchmark} starts Parcours on it with the launcher and measures the main
 * pages under loopback load, against a trivial endpoint of the same server in the same run.
 * Nothing here is part of the application.
 */
package org.parcours.bench;
