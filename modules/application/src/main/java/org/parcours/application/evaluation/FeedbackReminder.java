package org.parcours.application.evaluation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parcours.domain.territory.EmailAddress;

/** The participants of a session who have not answered its questionnaire, reminded once it is committed. */
public record FeedbackReminder(List<EmailAddress> to, String title, Instant startsAt, Instant closesAt)
        implements Serializable {
}
