package org.parcours.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the form {@code --name=value}. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "': options are --name=value");
            }
            int eq = arg.indexOf('=');
            String value = arg.substring(eq + 1).trim();
            if (!value.isEmpty()) {
                options.put(arg.substring(2, eq), value);
            }
        }
        return options;
    }
}
