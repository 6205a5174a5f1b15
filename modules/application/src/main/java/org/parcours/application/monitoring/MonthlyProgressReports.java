package org.parcours.application.monitoring;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.logging.Logger;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.monitoring.Counts;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.MonitoringRepository;
import org.parcours.domain.monitoring.MonthlyReport;
import org.parcours.domain.monitoring.MonthlyReportCalendar;
import org.parcours.domain.monitoring.MonthlyReportRenderer;
import org.parcours.domain.operations.JobClaims;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.Outbox;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.territory.EmailAddress;

/**
 * The monthly progress report of each cohort, emailed as a PDF to its partners on the first working
 * day of the month for the month before. Every instance's timer fires; the first to claim the month
 * sends, the others do nothing, so a partner never gets the same month twice from the timer.
 * Access is not checked here: callers (the timer, {@link ProgressMonitoring}) do that.
 */
@Singleton
public class MonthlyProgressReports {

    static final String JOB = "monthly-progress-report";
    /** A report lists at most this many territories (a cohort has about twelve). */
    static final int MAX_TERRITORIES = 500;

    private static final Logger LOG = Logger.getLogger(MonthlyProgressReports.class.getName());

    @Inject
    JobClaims claims;
    @Inject
    MonitoringRepository monitoring;
    @Inject
    CohortRepository cohorts;
    @Inject
    MonthlyReportRenderer renderer;
    @Inject
    Outbox outbox;

    /** Fires early on each of the first days of the month; only the first working day sends. */
    @Schedule(dayOfMonth = "1-7", hour = "7", minute = "30", timezone = "Europe/Paris", persistent = false)
    void onTimer() {
        LocalDate today = LocalDate.now(ParisTime.ZONE);
        if (MonthlyReportCalendar.isReportDay(today)) {
            runFor(today);
        }
    }

    /**
     * Sends the reports due on {@code day} (the month before) to every cohort running that month,
     * once: returns how many cohorts were reported, or -1 when the month was already claimed.
     */
    public int runFor(LocalDate day) {
        YearMonth month = MonthlyReportCalendar.reportedMonth(day);
        if (!claims.claim(JOB, month.toString())) {
            LOG.info(() -> "Monthly progress reports of " + month + " already sent: nothing to do.");
            return -1;
        }
        List<Long> running = monitoring.cohortsRunningIn(month.atDay(1), month.atEndOfMonth());
        int sent = 0;
        for (long cohortId : running) {
            if (send(cohortId, month)) {
                sent++;
            }
        }
        int total = sent;
        LOG.info(() -> "Monthly progress reports of " + month + ": " + total + " cohort(s) emailed.");
        return sent;
    }

    /** Emails one cohort's report of {@code month} to its partners; false when it has none (or no such cohort). */
    public boolean send(long cohortId, YearMonth month) {
        Cohort cohort = cohorts.findWithDetails(cohortId).orElse(null);
        if (cohort == null || cohort.getPartners().isEmpty()) {
            return false;
        }
        List<EmailAddress> to = cohort.getPartners().stream().filter(Person::isActive).map(Person::getEmail).toList();
        if (to.isEmpty()) {
            return false;
        }
        byte[] pdf = pdf(cohort, month, Locale.FRENCH);
        BiFunction<String, Object[], String> fr = ReportTexts.in(Locale.FRENCH);
        BiFunction<String, Object[], String> en = ReportTexts.in(Locale.ENGLISH);
        Object[] args = {cohort.getName(), month.toString()};
        String subject = fr.apply("report.mail.subject", args) + " / " + en.apply("report.mail.subject", args);
        String text = fr.apply("report.mail.body", args) + "\n\n---\n\n" + en.apply("report.mail.body", args);
        outbox.send(to, subject, text, new Outbox.MailFile(fileName(cohort, month), "application/pdf", pdf));
        return true;
    }

    /**
     * The report of one cohort and month as a PDF in {@code locale}, whoever asks (see {@link ProgressMonitoring}).
     * Public: only public methods of an EJB are called through its container.
     */
    public byte[] pdf(Cohort cohort, YearMonth month, Locale locale) {
        return renderer.pdf(report(cohort, month), ReportTexts.in(locale));
    }

    private MonthlyReport report(Cohort cohort, YearMonth month) {
        MonitoringQuery query = new MonitoringQuery(List.of(cohort.getId()), null, month.atDay(1), month.atEndOfMonth(),
                null, Instant.now());
        Figures total = monitoring.cohorts(query).stream().findFirst()
                .orElse(Figures.ofCohort(cohort.getId(), cohort.getName(), 0, Counts.NONE));
        return new MonthlyReport(total, month,
                monitoring.territories(query, FiguresSort.TERRITORY, true, 0, MAX_TERRITORIES),
                monitoring.alerts(query, MAX_TERRITORIES));
    }

    static String fileName(Cohort cohort, YearMonth month) {
        return "rapport-" + month + "-cohorte-" + cohort.getId() + ".pdf";
    }
}
