package org.parcours.domain;

import java.util.Arrays;

/**
 * A business rule refused a change. Carries a message key (translated by the user interface, so the
 * domain stays language-neutral), the field the rule is about, if any, and the message's arguments.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The name of the input field concerned, or {@code null} when the rule is about the whole object. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
