package org.parcours.application.schedule;

import java.util.List;
import org.parcours.domain.RuleViolation;

/** An import refused as a whole, with what is wrong on each bad line: nothing was imported. */
public class ImportRefused extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** What is wrong on one line: the column and the rule it breaks. */
    public record LineError(long line, String column, String messageKey, List<Object> arguments)
            implements java.io.Serializable {
    }

    private final List<LineError> errors;

    public ImportRefused(List<LineError> errors) {
        super("file", "import.refused", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
