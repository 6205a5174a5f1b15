package org.parcours.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The page "Mes données": the retention period it announces (the download is the API's). */
@Named
@RequestScoped
public class MyData {

    @Inject
    @ConfigProperty(name = "parcours.retention.closed-cohort-months", defaultValue = "36")
    int retentionMonths;

    public int getRetentionMonths() {
        return retentionMonths;
    }
}
