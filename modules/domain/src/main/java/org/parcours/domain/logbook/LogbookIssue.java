package org.parcours.domain.logbook;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.work.Attachment;

/**
 * One month of a cohort's logbook. It is a draft while the facilitators write it, then published
 * once and for all: a published issue is archived as it was sent and no longer changes.
 */
@Entity
@Table(name = "logbook_issue")
public class LogbookIssue implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    /** Per section, after cleaning: generous for a monthly text, bounded for the database and the PDF. */
    public static final int SECTION_MAX = 100_000;
    public static final int MAX_PICTURES = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    /** The first day of the month the issue covers. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "challenges", nullable = false)
    private String challenges;

    @Column(name = "practices", nullable = false)
    private String practices;

    @Column(name = "illustrations", nullable = false)
    private String illustrations;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private LogbookStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<LogbookPicture> pictures = new ArrayList<>();

    protected LogbookIssue() {
        // for JPA
    }

    /** A new draft for a month of the cohort's path; its text is cleaned before it is kept. */
    public static LogbookIssue draft(Cohort cohort, YearMonth month, LogbookContent content, HtmlSanitizer sanitizer,
            String by, Instant now) {
        Objects.requireNonNull(cohort, "cohort");
        if (month == null) {
            throw new RuleViolation("month", "field.required");
        }
        if (!coversPathMonth(cohort, month)) {
            throw new RuleViolation("month", "logbook.month.outsideCohort", month.toString());
        }
        LogbookIssue issue = new LogbookIssue();
        issue.cohort = cohort;
        issue.monthStart = month.atDay(1);
        issue.status = LogbookStatus.DRAFT;
        issue.createdBy = Objects.requireNonNull(by, "by");
        issue.createdAt = now;
        issue.write(content, sanitizer, by, now);
        return issue;
    }

    /** Whether the month has at least one day of the cohort's period. */
    static boolean coversPathMonth(Cohort cohort, YearMonth month) {
        YearMonth first = YearMonth.from(cohort.getPeriod().getStartDate());
        YearMonth last = YearMonth.from(cohort.getPeriod().getEndDate());
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** Rewrites the draft; a published issue is archived and refuses any change. */
    public void revise(LogbookContent content, HtmlSanitizer sanitizer, String by, Instant now) {
        requireDraft();
        write(content, sanitizer, by, now);
    }

    private void write(LogbookContent content, HtmlSanitizer sanitizer, String by, Instant now) {
        String newTitle = Text.required(content.title(), TITLE_MAX, "title");
        String newChallenges = clean(content.challenges(), sanitizer, "challenges");
        String newPractices = clean(content.practices(), sanitizer, "practices");
        String newIllustrations = clean(content.illustrations(), sanitizer, "illustrations");
        this.title = newTitle;
        this.challenges = newChallenges;
        this.practices = newPractices;
        this.illustrations = newIllustrations;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private static String clean(String html, HtmlSanitizer sanitizer, String field) {
        String cleaned = sanitizer.sanitize(html == null ? "" : html).strip();
        if (cleaned.length() > SECTION_MAX) {
            throw new RuleViolation(field, "field.tooLong", SECTION_MAX);
        }
        return isBlankHtml(cleaned) ? "" : cleaned;
    }

    /** Whether the HTML shows no text at all ("<p><br></p>" is what an emptied editor sends). */
    static boolean isBlankHtml(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&nbsp;", "").replace("&#160;", "").isBlank();
    }

    /**
     * Adds a picture to the draft: a PNG or JPEG image with its text alternative. Pictures are kept
     * beside the text, so adding one does not make a text edit in progress stale.
     */
    public LogbookPicture addPicture(Attachment file, String alternative) {
        requireDraft();
        if (file == null) {
            throw new RuleViolation("picture", "logbook.picture.required");
        }
        if (!file.getContentType().startsWith("image/")) {
            throw new RuleViolation("picture", "logbook.picture.notImage");
        }
        if (file.getSize() > LogbookPicture.MAX_BYTES) {
            throw new RuleViolation("picture", "upload.tooLarge", LogbookPicture.MAX_BYTES / (1024 * 1024));
        }
        if (pictures.size() >= MAX_PICTURES) {
            throw new RuleViolation("picture", "logbook.picture.tooMany", MAX_PICTURES);
        }
        LogbookPicture picture = new LogbookPicture(this, file, alternative);
        pictures.add(picture);
        return picture;
    }

    public void removePicture(long pictureId) {
        requireDraft();
        if (!pictures.removeIf(p -> p.getId() != null && p.getId() == pictureId)) {
            throw new RuleViolation(null, "logbook.picture.unknown", pictureId);
        }
    }

    /** Publishes the issue: it must say something; afterwards it is read by everyone following the cohort. */
    public void publish(String by, Instant now) {
        requireDraft();
        if (challenges.isEmpty() && practices.isEmpty() && illustrations.isEmpty()) {
            throw new RuleViolation("challenges", "logbook.publish.empty");
        }
        this.status = LogbookStatus.PUBLISHED;
        this.publishedBy = Objects.requireNonNull(by, "by");
        this.publishedAt = now;
    }

    private void requireDraft() {
        if (status != LogbookStatus.DRAFT) {
            throw new RuleViolation(null, "logbook.published.readOnly");
        }
    }

    /** Managers read drafts; everyone else reads published issues only. */
    public boolean isReadableBy(boolean manager) {
        return manager || status == LogbookStatus.PUBLISHED;
    }

    public boolean isPublished() {
        return status == LogbookStatus.PUBLISHED;
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    public String section(LogbookSection section) {
        return switch (section) {
            case CHALLENGES -> challenges;
            case PRACTICES -> practices;
            case ILLUSTRATIONS -> illustrations;
        };
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Cohort getCohort() { return cohort; }
    public LocalDate getMonthStart() { return monthStart; }
    public String getTitle() { return title; }
    public String getChallenges() { return challenges; }
    public String getPractices() { return practices; }
    public String getIllustrations() { return illustrations; }
    public LogbookStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<LogbookPicture> getPictures() { return List.copyOf(pictures); }
}
