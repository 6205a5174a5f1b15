package org.parcours.domain.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/** A place where an in-person session is held: its name, address and how many people it seats. */
@Embeddable
public class Venue implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 160;
    public static final int ADDRESS_MAX = 300;

    @Column(name = "venue_name", length = NAME_MAX)
    private String name;

    @Column(name = "venue_address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "venue_capacity")
    private Integer capacity;

    protected Venue() {
        // for JPA
    }

    public static Venue of(String name, String address, Integer capacity) {
        Venue venue = new Venue();
        venue.name = Text.required(name, NAME_MAX, "venueName");
        venue.address = Text.required(address, ADDRESS_MAX, "venueAddress");
        if (capacity == null) {
            throw new RuleViolation("venueCapacity", "field.required");
        }
        if (capacity < 1) {
            throw new RuleViolation("venueCapacity", "session.venue.capacityNotPositive");
        }
        venue.capacity = capacity;
        return venue;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public Integer getCapacity() {
        return capacity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Venue that && Objects.equals(name, that.name)
                && Objects.equals(address, that.address) && Objects.equals(capacity, that.capacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, capacity);
    }
}
