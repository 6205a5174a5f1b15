package org.parcours.infrastructure.figures;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one {@link FigureStore}, kept {@code parcours.figures.keep-seconds} (60 by default; 0
 * computes the figures at every request), and what makes it forget: a fact changed by a transaction
 * of this server.
 */
@ApplicationScoped
public class KeptFigures {

    private static final Object REGISTERED = KeptFigures.class.getName() + ".registered";

    @Inject
    @ConfigProperty(name = "parcours.figures.keep-seconds", defaultValue = "60")
    int keepSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private FigureStore store;

    @PostConstruct
    void start() {
        store = new FigureStore(Duration.ofSeconds(Math.max(0, keepSeconds)), Ticker.systemTicker());
    }

    public FigureStore store() {
        return store;
    }

    /**
     * A fact was changed in the current transaction: the figures kept so far are forgotten now and
     * again when the transaction commits (a computation that read the facts between the two would
     * otherwise be kept with the old values).
     */
    public void factsChanging() {
        store.forget();
        if (transactions == null || transactions.getTransactionKey() == null
                || transactions.getResource(REGISTERED) != null) {
            return;
        }
        try {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        store.forget();
                    }
                }
            });
        } catch (IllegalStateException completing) {
            // Flushed while the transaction completes: too late to be told of its end; forgotten above.
        }
    }
}
