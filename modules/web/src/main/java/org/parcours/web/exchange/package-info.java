/**
 * Pages of the exchange space: a cohort's threads, one thread with its posts, the person's email
 * choice; the attached files and the unsubscribe link as plain servlets.
 */
package org.parcours.web.exchange;
