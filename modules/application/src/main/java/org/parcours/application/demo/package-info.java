/**
 * Demonstration data for the embedded default: twelve sample pilot territories, one cohort and a
 * local account for each role. Loaded only when {@code parcours.demo.enabled} is true and the
 * database is empty; every sample territory is marked as such.
 */
package org.parcours.application.demo;
