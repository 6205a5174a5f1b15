package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.regex.Pattern;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.MailFrequency;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;

/**
 * Each person's choice of exchange-space emails (immediate, daily digest, none), and the unsubscribe
 * link that works without signing in: its secret token is the only key, and anything else is refused
 * without saying why.
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    @Inject
    ExchangeRepository exchange;
    @Inject
    Access access;

    /** The caller's choice (the default, unsaved, when they never chose). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MailPreference mine() {
        Person me = me();
        return exchange.preference(me.getId()).orElseGet(() -> new MailPreference(me));
    }

    public void choose(@NotNull MailFrequency frequency, long version) {
        Person me = me();
        MailPreference preference = exchange.preference(me.getId()).orElse(null);
        if (preference == null) {
            preference = new MailPreference(me);
            preference.choose(frequency, version);
            exchange.add(preference);
        } else {
            preference.choose(frequency, version);
            exchange.flush();
        }
    }

    /** Stops every exchange email of the token's person; false for a token that is not one. */
    public boolean unsubscribe(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return false;
        }
        return exchange.preferenceByToken(token).map(p -> {
            p.unsubscribe();
            exchange.flush();
            return true;
        }).orElse(false);
    }

    private Person me() {
        access.requireAny("exchange.preferences", Role.ADMIN, Role.FACILITATOR, Role.PARTNER, Role.TERRITORY);
        return access.person().orElseThrow(() -> new AccessDenied("exchange.preferences"));
    }

    /** For the page: the choices offered. */
    public static MailFrequency[] frequencies() {
        return MailFrequency.values();
    }
}
