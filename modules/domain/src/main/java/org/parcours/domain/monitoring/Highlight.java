package org.parcours.domain.monitoring;

import java.util.List;

/** One sentence of a report's highlights: a message key (translated by whoever writes the report) and its arguments. */
public record Highlight(String key, List<Object> arguments) implements java.io.Serializable {

    public Highlight {
        arguments = List.copyOf(arguments);
    }
}
