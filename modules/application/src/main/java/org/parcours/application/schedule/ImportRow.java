package org.parcours.application.schedule;

import java.io.Serializable;
import java.util.Map;

/** One row of an imported schedule file: the line it starts on and its values by column name. */
public record ImportRow(long line, Map<String, String> values) implements Serializable {
}
