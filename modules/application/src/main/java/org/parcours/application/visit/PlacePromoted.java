package org.parcours.application.visit;

import java.io.Serializable;
import java.time.Instant;
import org.parcours.domain.territory.EmailAddress;

/** A cancellation gave a place to someone waiting: they are told by email once it is committed. */
public record PlacePromoted(EmailAddress to, String practice, String host, Instant startsAt) implements Serializable {
}
