package org.parcours.application.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.parcours.domain.territory.EmailAddress;

/**
 * A session moved or was cancelled: what the notice says and to whom. Built inside the transaction,
 * sent only once it committed.
 */
public record SessionChanged(String title, Instant previousStart, Instant start, Instant end, boolean cancelled,
        List<EmailAddress> recipients) implements Serializable {
}
