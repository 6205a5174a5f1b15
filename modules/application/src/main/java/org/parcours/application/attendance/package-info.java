/**
 * Taking attendance: the sheet of a session (every member of the teams taking part), one click per
 * person or "all present", the self check-in code, and the lines the exports are made of. Admins and
 * the cohort's facilitators mark; partners read; members only check themselves in.
 */
package org.parcours.application.attendance;
