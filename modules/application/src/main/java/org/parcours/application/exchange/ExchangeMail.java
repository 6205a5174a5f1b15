package org.parcours.application.exchange;

import java.io.Serializable;
import java.util.List;
import org.parcours.domain.territory.EmailAddress;

/** Emails decided by a post, sent once its transaction has committed (a refused post sends nothing). */
public record ExchangeMail(List<Message> messages) implements Serializable {

    public record Message(EmailAddress to, String subject, String text) implements Serializable {
    }
}
