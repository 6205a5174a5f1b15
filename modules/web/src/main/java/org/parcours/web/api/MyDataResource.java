package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.privacy.PersonalData;
import org.parcours.infrastructure.operations.OperationalMetrics;
import org.parcours.infrastructure.privacy.ZipPersonalDataArchive;

/**
 * The caller's own personal data, all of it, as a ZIP of JSON records and files (also linked from
 * the page "Mes données"). Everyone signed in gets their own; nobody gets anyone else's.
 */
@Path("me")
@RequestScoped
public class MyDataResource {

    @Inject
    PersonalData personalData;

    @Inject
    Access access;

    @Inject
    OperationalMetrics metrics;

    @GET
    @Path("personal-data")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    public Response mine() {
        // Checked before streaming: once the ZIP has begun, a refusal could no longer be a 403.
        String username = access.person().orElseThrow(() -> new AccessDenied("privacy.export")).getUsername();
        StreamingOutput zip = out -> {
            try (ZipPersonalDataArchive archive = new ZipPersonalDataArchive(out)) {
                personalData.exportMine(archive);
            }
            metrics.personalDataExported();
        };
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"parcours-" + username.replaceAll("[^a-z0-9._-]", "_")
                        + "-donnees.zip\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
