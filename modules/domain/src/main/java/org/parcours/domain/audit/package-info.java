/**
 * The audit trail: who did what, when, for security-relevant events (sign-in, sign-out, refused
 * access, role changes) and for changes to cohorts, territories' teams and access. Events are only
 * ever added, never changed.
 */
package org.parcours.domain.audit;
