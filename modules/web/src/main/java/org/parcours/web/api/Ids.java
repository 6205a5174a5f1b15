package org.parcours.web.api;

import jakarta.ws.rs.BadRequestException;

/** Reads identifiers from paths, so that a malformed one is a 400 and not a 404 or a 500. */
final class Ids {

    private Ids() {
    }

    static long parse(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("'" + text + "' is not an identifier: expected a positive whole number.");
    }
}
