/**
 * Co-development pages: the groups of a cohort, a group (rotation, sessions, planning), composing a
 * group from the platform's proposal, and a session (its summary for every reader of the cohort, its
 * content and the step-by-step runner for the group and its facilitators only).
 */
package org.parcours.web.codev;
