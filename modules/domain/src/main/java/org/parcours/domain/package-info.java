/**
 * The Parcours domain: the experience path, its territories, cohorts and people, with their rules.
 * <p>
 * One aggregate per sub-package. Entities carry their own invariants and refuse a change that would
 * break one with a {@link org.parcours.domain.RuleViolation} whose message key is translated by the
 * user interface. Nothing here knows about a container, the web or the database beyond JPA mapping
 * annotations.
 */
package org.parcours.domain;
