package org.parcours.domain.schedule;

import java.util.List;
import org.parcours.domain.RuleViolation;

/**
 * A save stopped by conflicts: blocking ones always, warnings until the facilitator confirms them.
 * Carries them all so that each is shown next to its field.
 */
public class ScheduleConflicts extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<Conflict> conflicts;

    public ScheduleConflicts(List<Conflict> conflicts) {
        super(conflicts.get(0).field(), conflicts.get(0).messageKey(), conflicts.get(0).arguments().toArray());
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** Whether confirming would be enough to save (no blocking conflict). */
    public boolean onlyWarnings() {
        return conflicts.stream().noneMatch(Conflict::blocking);
    }
}
