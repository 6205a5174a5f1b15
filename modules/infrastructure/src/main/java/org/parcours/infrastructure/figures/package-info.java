/**
 * Dashboard figures kept between requests. The indicators are aggregates over a cohort's recorded
 * facts (tens of milliseconds of database work each); many people read the same dashboards while facts
 * change a few times an hour. Figures are kept for a short while and forgotten as soon as this server
 * commits a change to any fact; another server's change is seen when the kept figures expire.
 */
package org.parcours.infrastructure.figures;
