/**
 * Learning visits (visites apprenantes): a host territory shows a practice to peers of other
 * territories of its cohort. Places are limited: people register until the visit is full, then join a
 * waiting list in order of arrival; a cancellation promotes the first waiting person. After the visit,
 * visitors write a short debrief that the host reads and that feeds the monthly logbook.
 * <p>
 * The capacity holds under concurrent registration because the application registers only after
 * locking the visit's row (see {@link org.parcours.domain.visit.VisitRepository#lockWithRegistrations}).
 */
package org.parcours.domain.visit;
