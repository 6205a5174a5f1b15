/**
 * Progress monitoring: the indicators of each territory of a cohort over a period, all computed from
 * recorded facts (attendance sheets, handed-in work, co-development sessions and commitments, learning
 * visits, resources read), never entered by hand; where a territory stands against the plan; the
 * alerts facilitators act on; the month-by-month trend. Nothing here carries confidential content:
 * co-development and handed-in work are only counted.
 */
package org.parcours.domain.monitoring;
