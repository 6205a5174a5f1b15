package org.parcours.domain.schedule;

import java.util.Collection;
import org.parcours.domain.territory.EmailAddress;

/** Sends the notices people receive by email (a schedule change...). */
public interface Outbox {

    /** Sends one plain-text message to each address, separately (no one sees the others' addresses). */
    void send(Collection<EmailAddress> to, String subject, String text);

    /** Sends one plain-text message with a file attached to each address, separately. */
    void send(Collection<EmailAddress> to, String subject, String text, MailFile file);

    /** A file sent with a message (a monthly report...). */
    record MailFile(String fileName, String contentType, byte[] content) {
        public MailFile {
            content = content.clone();
        }
    }
}
