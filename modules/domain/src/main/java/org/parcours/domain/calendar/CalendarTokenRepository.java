package org.parcours.domain.calendar;

import java.util.Optional;

/** Where calendar tokens are kept (by hash). */
public interface CalendarTokenRepository {

    Optional<CalendarToken> findByHash(String tokenHash);

    Optional<CalendarToken> of(FeedOwner kind, long ownerId);

    void add(CalendarToken token);

    void remove(CalendarToken token);
}
