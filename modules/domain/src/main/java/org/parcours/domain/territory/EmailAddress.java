package org.parcours.domain.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parcours.domain.RuleViolation;

/**
 * An email address, kept in lower case so that the same person is recognised whatever they typed.
 * Checked for the shape that mail servers accept (one @, a dotted domain, no spaces).
 */
@Embeddable
public class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    public static final int MAX_LENGTH = 254;

    @Column(name = "email", nullable = false, length = MAX_LENGTH)
    private String value;

    protected EmailAddress() {
        // for JPA
    }

    private EmailAddress(String value) {
        this.value = value;
    }

    /** Refuses anything that is not an email address; {@code field} names the input for the message. */
    public static EmailAddress of(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "field.required");
        }
        String normalised = text.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_LENGTH || !SHAPE.matcher(normalised).matches()) {
            throw new RuleViolation(field, "email.invalid", text.strip());
        }
        return new EmailAddress(normalised);
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
