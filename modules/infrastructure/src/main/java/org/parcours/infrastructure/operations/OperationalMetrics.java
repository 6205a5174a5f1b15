package org.parcours.infrastructure.operations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The application's own counters, published with Payara's metrics at {@code /metrics} (Prometheus
 * text, scope "application", e.g. {@code parcours_sign_ins_total}). Registered when the application
 * starts, so that each appears at 0 before its first event. Counts only: never a name or an address.
 */
@ApplicationScoped
public class OperationalMetrics {

    @Inject
    MetricRegistry registry;

    private Counter signIns;
    private Counter signInFailures;
    private Counter emailsSent;
    private Counter emailFailures;
    private Counter personalDataExports;
    private Counter peopleErased;

    @PostConstruct
    void register() {
        signIns = counter("parcours.sign.ins", "Successful interactive sign-ins (form or Keycloak)");
        signInFailures = counter("parcours.sign.in.failures", "Refused sign-ins on the sign-in form");
        emailsSent = counter("parcours.emails.sent", "Emails handed to the SMTP server");
        emailFailures = counter("parcours.email.failures", "Emails the SMTP server did not accept");
        personalDataExports = counter("parcours.personal.data.exports", "Personal data archives downloaded");
        peopleErased = counter("parcours.people.erased",
                "People erased by an admin, or anonymised by a retention run an admin started"
                        + " (nightly runs are in the audit trail)");
    }

    /** Creates the counters at startup rather than at their first event. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signIns.getCount();
    }

    private Counter counter(String name, String description) {
        return registry.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    public void signedIn() {
        signIns.inc();
    }

    public void signInFailed() {
        signInFailures.inc();
    }

    public void emailSent() {
        emailsSent.inc();
    }

    public void emailFailed() {
        emailFailures.inc();
    }

    public void personalDataExported() {
        personalDataExports.inc();
    }

    public void personErased(long count) {
        peopleErased.inc(count);
    }
}
