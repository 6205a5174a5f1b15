/**
 * The schedule pages: a cohort's calendar (lazy p:schedule, drag to move) and list, a session's page
 * and editor with conflict warnings, attendance sheets and self check-in, the exports, and the
 * personal and territory calendars with their feed subscriptions.
 */
package org.parcours.web.schedule;
