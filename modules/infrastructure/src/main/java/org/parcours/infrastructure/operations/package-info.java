/**
 * Running Parcours: cluster-wide coordination kept in the shared database (so that no extra server is
 * needed) and the application's counters published among Payara's metrics.
 */
package org.parcours.infrastructure.operations;
