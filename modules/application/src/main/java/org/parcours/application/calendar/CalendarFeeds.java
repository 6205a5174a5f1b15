package org.parcours.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.calendar.CalendarToken;
import org.parcours.domain.calendar.CalendarTokenRepository;
import org.parcours.domain.calendar.FeedOwner;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * The feeds' tokens. A person manages their own; a territory's is managed by its members, admins and
 * facilitators. Making a new token revokes the previous one.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    /** A feed lists the sessions of the past three months and the next eighteen. */
    private static final Duration PAST = Duration.ofDays(92);
    private static final Duration FUTURE = Duration.ofDays(550);
    private static final int MAX_EVENTS = 2000;

    @Inject
    CalendarTokenRepository tokens;
    @Inject
    PersonRepository people;
    @Inject
    TerritoryRepository territories;
    @Inject
    SessionRepository sessions;
    @Inject
    Access access;

    /** A new token for the caller's own feed; returns it in clear, the only time it is known. */
    public String renewMine() {
        return renew(FeedOwner.PERSON, me().getId());
    }

    public void revokeMine() {
        tokens.of(FeedOwner.PERSON, me().getId()).ifPresent(tokens::remove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasMine() {
        return access.person().flatMap(p -> tokens.of(FeedOwner.PERSON, p.getId())).isPresent();
    }

    public String renewForTerritory(long territoryId) {
        requireTerritoryKeeper(territoryId);
        return renew(FeedOwner.TERRITORY, territoryId);
    }

    public void revokeForTerritory(long territoryId) {
        requireTerritoryKeeper(territoryId);
        tokens.of(FeedOwner.TERRITORY, territoryId).ifPresent(tokens::remove);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasTerritoryFeed(long territoryId) {
        return mayKeepTerritoryFeed(territoryId) && tokens.of(FeedOwner.TERRITORY, territoryId).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayKeepTerritoryFeed(long territoryId) {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR) || access.belongsTo(territoryId);
    }

    /** The feed behind a token, or empty for an unknown, revoked or malformed token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Feed> resolve(String token) {
        if (!CalendarToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<CalendarToken> found = tokens.findByHash(CalendarToken.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Instant from = now.minus(PAST);
        Instant to = now.plus(FUTURE);
        CalendarToken key = found.get();
        if (key.getOwnerKind() == FeedOwner.TERRITORY) {
            return territories.find(key.getOwnerId()).map(t -> new Feed("Parcours — " + t.getName(),
                    sessions.ofTerritories(List.of(t.getId()), from, to, MAX_EVENTS)));
        }
        return people.find(key.getOwnerId()).filter(Person::isActive).map(p -> {
            Set<Session> all = new LinkedHashSet<>(sessions.runBy(p.getId(), from, to, MAX_EVENTS));
            all.addAll(sessions.ofTerritories(territories.idsWithMember(p.getEmail()), from, to, MAX_EVENTS));
            return new Feed("Parcours — " + p.getDisplayName(),
                    all.stream().sorted(Comparator.comparing(Session::getStartsAt)).toList());
        });
    }

    private String renew(FeedOwner kind, long ownerId) {
        tokens.of(kind, ownerId).ifPresent(tokens::remove);
        CalendarToken.Issued issued = CalendarToken.issue(kind, ownerId, Instant.now());
        tokens.add(issued.stored());
        return issued.token();
    }

    private void requireTerritoryKeeper(long territoryId) {
        Territory territory = territories.find(territoryId)
                .orElseThrow(() -> new RuleViolation(null, "territory.unknown", territoryId));
        if (!mayKeepTerritoryFeed(territory.getId())) {
            throw new AccessDenied("calendar.territory");
        }
    }

    private Person me() {
        return access.person().orElseThrow(() -> new AccessDenied("calendar.mine"));
    }
}
