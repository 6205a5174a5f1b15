/**
 * Progress monitoring read straight from the recorded facts: aggregate SQL (GROUP BY, window
 * functions) over attendance, work, co-development, visits and resource marks, a fixed number of
 * statements per page; and the progress files (Excel, CSV, the monthly PDF report).
 */
package org.parcours.infrastructure.monitoring;
