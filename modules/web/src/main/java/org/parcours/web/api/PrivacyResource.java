package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.parcours.application.privacy.Retention;
import org.parcours.infrastructure.operations.OperationalMetrics;

/** Personal data administration: an admin applies the retention period at once (it also runs nightly). */
@Path("privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    Retention retention;

    @Inject
    OperationalMetrics metrics;

    public record RetentionRun(int anonymised) {
    }

    /** Applies the retention period now: how many people it anonymised. 403 for anyone but admins. */
    @POST
    @Path("retention/runs")
    public RetentionRun applyRetention() {
        int anonymised = retention.applyNow();
        metrics.personErased(anonymised);
        return new RetentionRun(anonymised);
    }
}
