package org.parcours.domain.schedule;

import java.util.Collection;
import org.parcours.domain.territory.EmailAddress;

/** Sends the notices people receive by email (a schedule change...). */
public interface Outbox {

    /** Sends one plain-text message to each address, separately (no one sees the others' addresses). */
    void send(Collection<EmailAddress> to, String subject, String text);
}
