/**
 * Individual work: the assignment of an individual work time, submissions with checked files, the
 * facilitators' overview and feedback. A territory member only ever reads and writes their own
 * territories' submissions; partners never read them.
 */
package org.parcours.application.work;
