/**
 * Personal data in the database: one section per area (profile and teams, attendance, individual
 * work, co-development, visits, resources, testimonies, audit trail) written in SQL against the
 * area's tables, the ZIP archive with JSON records, and the search for whom the retention period
 * reaches. Sections use the application's JTA data source, so they share the caller's transaction.
 */
package org.parcours.infrastructure.privacy;
