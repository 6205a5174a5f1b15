package org.parcours.web.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.exchange.ExchangeSpace;
import org.parcours.application.exchange.Paged;
import org.parcours.application.exchange.ThreadForm;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.visit.Theme;
import org.parcours.web.codev.CohortChoice;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;
import org.primefaces.model.file.UploadedFile;

/** A cohort's exchange space: its threads (by theme, paged), a new thread, the partners' setting. */
@Named
@ViewScoped
public class ExchangeThreads implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExchangeSpace space;
    @Inject
    CohortChoice choice;

    private Long cohortId;
    private String theme;
    private Integer page;
    private Cohort cohort;
    private Paged<DiscussionThread> threads;
    private List<Cohort> cohorts = List.of();
    private boolean mayPost;
    private boolean mayModerate;
    private boolean partnersMayRead;
    private long settingsVersion;
    private ThreadForm form = new ThreadForm();
    private transient UploadedFile file;

    public void load() {
        if (cohortId == null) {
            cohortId = choice.defaultCohort();
        }
        if (cohortId == null) {
            Pages.notFound();
            return;
        }
        try {
            cohort = space.cohort(cohortId);
            threads = space.threads(cohortId, themeFilter(), page == null ? 0 : page);
            mayPost = space.mayPost(cohortId);
            mayModerate = space.mayModerate(cohortId);
            ExchangeSettings settings = space.settings(cohortId);
            partnersMayRead = settings.isPartnersMayRead();
            settingsVersion = settings.getVersion();
            cohorts = choice.getCohorts();
        } catch (AccessDenied denied) {
            Pages.forbidden();
        } catch (RuleViolation unknown) {
            Pages.notFound();
        }
    }

    public String start() {
        return Feedback.attempt("newThread", () -> {
            DiscussionThread thread = space.start(cohortId, form, Uploads.of(file));
            Feedback.info("exchange.thread.started");
            return "/exchange/thread?faces-redirect=true&id=" + thread.getId();
        });
    }

    public String saveSettings() {
        return Feedback.attempt("settings", () -> {
            space.letPartnersRead(cohortId, partnersMayRead, settingsVersion);
            Feedback.info("exchange.settings.saved");
            return "/exchange/index?faces-redirect=true&cohort=" + cohortId;
        });
    }

    private Theme themeFilter() {
        return theme == null ? null : Arrays.stream(Theme.values()).filter(t -> t.name().equals(theme)).findFirst()
                .orElse(null);
    }

    /** The cohorts the caller may read (latest first), to switch from one exchange space to another. */
    public List<Cohort> getCohorts() { return cohorts; }
    public List<Theme> getThemes() { return List.of(Theme.values()); }
    public Long getCohortId() { return cohortId; }
    public void setCohortId(Long cohortId) { this.cohortId = cohortId; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public int getNextPage() { return (page == null ? 0 : page) + 1; }
    public int getPreviousPage() { return Math.max(0, (page == null ? 0 : page) - 1); }
    public Cohort getCohort() { return cohort; }
    public Paged<DiscussionThread> getThreads() { return threads; }
    public boolean isMayPost() { return mayPost; }
    public boolean isMayModerate() { return mayModerate; }
    public boolean isPartnersMayRead() { return partnersMayRead; }
    public void setPartnersMayRead(boolean partnersMayRead) { this.partnersMayRead = partnersMayRead; }
    public long getSettingsVersion() { return settingsVersion; }
    public void setSettingsVersion(long settingsVersion) { this.settingsVersion = settingsVersion; }
    public ThreadForm getForm() { return form; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
