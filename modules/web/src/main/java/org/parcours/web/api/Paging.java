package org.parcours.web.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A page of a list, read from the query: {@code first} (0 or more) and {@code max} (1 to 200). Read as
 * text so that a malformed number is a 400 with an explanation, not JAX-RS's bare 404.
 */
record Paging(int first, int max) {

    static final int MAX_PAGE = 200;

    static Paging of(String first, String max) {
        int from = number(first, "first");
        int size = number(max, "max");
        if (from < 0 || size < 1 || size > MAX_PAGE) {
            throw new BadRequestException("first must be 0 or more and max between 1 and " + MAX_PAGE + ".");
        }
        return new Paging(from, size);
    }

    private static int number(String text, String name) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, not '" + text + "'.");
        }
    }
}
