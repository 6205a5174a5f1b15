package org.parcours.domain.audit;

/**
 * A filter on the audit trail.
 *
 * @param actor exact username, or {@code null} for anyone
 * @param action one action, or {@code null} for all
 * @param text part of the subject or detail, or {@code null}
 */
public record AuditSearch(String actor, AuditAction action, String text) {

    public AuditSearch {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static AuditSearch all() {
        return new AuditSearch(null, null, null);
    }
}
