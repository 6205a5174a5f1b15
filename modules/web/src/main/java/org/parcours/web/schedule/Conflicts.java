package org.parcours.web.schedule;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.schedule.Conflict;
import org.parcours.domain.schedule.ScheduleConflicts;
import org.parcours.web.shell.Feedback;

/**
 * Shows a schedule's conflicts next to their fields (or at the top when there is no form). Errors
 * mark their field invalid; warnings only add their message, so that the values typed stay in the
 * form for the "save anyway" post.
 */
final class Conflicts {

    private Conflicts() {
    }

    static void show(ScheduleConflicts conflicts, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Conflict c : conflicts.conflicts()) {
            if (c.blocking() && formId != null) {
                Feedback.show(new RuleViolation(c.field(), c.messageKey(), c.arguments().toArray()), formId);
                continue;
            }
            String text = Feedback.text(c.messageKey(), c.arguments().toArray());
            String clientId = formId == null ? null : formId + ":" + c.field();
            boolean found = clientId != null && faces.getViewRoot().findComponent(clientId) != null;
            faces.addMessage(found ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
        }
        Feedback.error(conflicts.onlyWarnings() ? "session.conflict.warnings" : "session.conflict.errors");
    }
}
