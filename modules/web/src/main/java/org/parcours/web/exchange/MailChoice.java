package org.parcours.web.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.exchange.MailPreferences;
import org.parcours.domain.exchange.MailFrequency;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/** The signed-in person's choice of exchange-space emails. */
@Named
@ViewScoped
public class MailChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailPreferences preferences;

    private MailFrequency frequency;
    private long version;

    public void load() {
        if (frequency != null) {
            return;
        }
        try {
            MailPreference mine = preferences.mine();
            frequency = mine.getFrequency();
            version = mine.getVersion();
        } catch (AccessDenied denied) {
            Pages.forbidden();
        }
    }

    public String save() {
        return Feedback.attempt("mail", () -> {
            preferences.choose(frequency, version);
            Feedback.info("exchange.mail.saved");
            return "/exchange/preferences?faces-redirect=true";
        });
    }

    public List<MailFrequency> getFrequencies() { return List.of(MailFrequency.values()); }
    public MailFrequency getFrequency() { return frequency; }
    public void setFrequency(MailFrequency frequency) { this.frequency = frequency; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
