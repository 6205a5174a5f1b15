package org.parcours.domain.resource;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.person.Person;
import org.parcours.domain.schedule.ResourceLink;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.work.Attachment;

/**
 * A resource of the centre. A document carries an uploaded file and no address; a video, a MOOC or a
 * link carries an http(s) address and no file. A MOOC is a training, so it belongs to the method.
 * A resource suggested by a territory team stays hidden from other readers until a facilitator
 * approves it.
 */
@Entity
@Table(name = "resource")
public class Resource implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int AUTHOR_MAX = 160;
    public static final int TAGS_MAX = 400;
    public static final int TAG_MAX = 40;
    public static final int MAX_TAGS = 10;
    public static final int MESSAGE_MAX = 1000;
    public static final int YEAR_MIN = 1950;
    public static final int YEAR_MAX = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "nature", nullable = false, length = 16)
    private ResourceNature nature;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private ResourceType type;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(name = "author", nullable = false, length = AUTHOR_MAX)
    private String author;

    @Column(name = "pub_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", length = 16)
    private PathPhase phase;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 32)
    private Set<Theme> themes = new LinkedHashSet<>();

    /** Normalised: lower case, separated by ", ", so that a search on words finds them. */
    @Column(name = "tags", length = TAGS_MAX)
    private String tags;

    @Column(name = "url", length = ResourceLink.URL_MAX)
    private String url;

    @Embedded
    private Attachment file;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ResourceStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggested_by")
    private Person suggestedBy;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decision_message", length = MESSAGE_MAX)
    private String decisionMessage;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Resource() {
        // for JPA
    }

    /** A resource a facilitator puts straight into the centre. */
    public static Resource publish(ResourceContent content, Attachment file, String by, Instant now) {
        Resource resource = new Resource(content, file, by, now);
        resource.status = ResourceStatus.APPROVED;
        resource.decidedAt = now;
        return resource;
    }

    /** A resource a territory team member suggests: hidden from others until approved. */
    public static Resource suggest(ResourceContent content, Attachment file, Person by, Instant now) {
        Resource resource = new Resource(content, file, by.getUsername(), now);
        resource.status = ResourceStatus.SUGGESTED;
        resource.suggestedBy = by;
        return resource;
    }

    private Resource(ResourceContent content, Attachment file, String by, Instant now) {
        this.createdBy = Objects.requireNonNull(by, "by");
        this.createdAt = now;
        revise(content, file);
    }

    /** Rewrites the description; {@code newFile} replaces the document's file (null keeps it). */
    public final void revise(ResourceContent content, Attachment newFile) {
        if (content.nature() == null) {
            throw new RuleViolation("nature", "field.required");
        }
        if (content.type() == null) {
            throw new RuleViolation("type", "field.required");
        }
        if (content.type() == ResourceType.MOOC && content.nature() != ResourceNature.METHOD) {
            throw new RuleViolation("type", "resource.type.moocIsMethod");
        }
        Attachment kept = newFile != null ? newFile : (content.type().isFile() ? file : null);
        String link = null;
        if (content.type().isFile()) {
            if (kept == null) {
                throw new RuleViolation("file", "resource.file.required");
            }
            if (content.url() != null && !content.url().isBlank()) {
                throw new RuleViolation("url", "resource.url.notForDocument");
            }
        } else {
            if (newFile != null) {
                throw new RuleViolation("file", "resource.file.onlyDocument");
            }
            link = ResourceLink.of("-", content.url(), "url").getUrl();
        }
        if (content.year() == null) {
            throw new RuleViolation("year", "field.required");
        }
        if (content.year() < YEAR_MIN || content.year() > YEAR_MAX) {
            throw new RuleViolation("year", "resource.year.range", YEAR_MIN, YEAR_MAX);
        }
        String newTitle = Text.required(content.title(), TITLE_MAX, "title");
        String newSummary = Text.required(content.summary(), SUMMARY_MAX, "summary");
        String newAuthor = Text.required(content.author(), AUTHOR_MAX, "author");
        String newTags = normaliseTags(content.tags());
        this.nature = content.nature();
        this.type = content.type();
        this.title = newTitle;
        this.summary = newSummary;
        this.author = newAuthor;
        this.year = content.year();
        this.phase = content.phase();
        this.themes.clear();
        if (content.themes() != null) {
            this.themes.addAll(content.themes());
        }
        this.tags = newTags;
        this.url = link;
        this.file = kept;
    }

    /** "Co-construction;  MOOC,mooc" -> "co-construction, mooc": trimmed, lower case, without duplicates. */
    static String normaliseTags(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : raw.split("[,;]")) {
            String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > TAG_MAX) {
                throw new RuleViolation("tags", "resource.tags.tooLong", TAG_MAX);
            }
            tags.add(tag);
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolation("tags", "resource.tags.tooMany", MAX_TAGS);
        }
        return tags.isEmpty() ? null : String.join(", ", tags);
    }

    public void approve(String message, Instant now) {
        requireStatus(ResourceStatus.SUGGESTED, "resource.status.notSuggested");
        this.decisionMessage = Text.optional(message, MESSAGE_MAX, "message");
        this.status = ResourceStatus.APPROVED;
        this.decidedAt = now;
    }

    /** Declines a suggestion; the team is told why. */
    public void decline(String message, Instant now) {
        requireStatus(ResourceStatus.SUGGESTED, "resource.status.notSuggested");
        this.decisionMessage = Text.required(message, MESSAGE_MAX, "message");
        this.status = ResourceStatus.DECLINED;
        this.decidedAt = now;
    }

    public void withdraw(Instant now) {
        requireStatus(ResourceStatus.APPROVED, "resource.status.notApproved");
        this.status = ResourceStatus.WITHDRAWN;
        this.decidedAt = now;
    }

    private void requireStatus(ResourceStatus expected, String messageKey) {
        if (status != expected) {
            throw new RuleViolation(null, messageKey);
        }
    }

    /**
     * Who sees the resource: managers of the centre see all; others see approved resources, and the
     * person who suggested one sees it while it waits or once declined.
     */
    public boolean isVisibleTo(Long personId, boolean manager) {
        if (manager || status == ResourceStatus.APPROVED) {
            return true;
        }
        return personId != null && suggestedBy != null && personId.equals(suggestedBy.getId())
                && (status == ResourceStatus.SUGGESTED || status == ResourceStatus.DECLINED);
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public ResourceNature getNature() { return nature; }
    public ResourceType getType() { return type; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getAuthor() { return author; }
    public int getYear() { return year; }
    public PathPhase getPhase() { return phase; }
    public Set<Theme> getThemes() { return themes.isEmpty() ? Set.of() : EnumSet.copyOf(themes); }
    public String getTags() { return tags; }
    public String getUrl() { return url; }
    public Attachment getFile() { return file; }
    public ResourceStatus getStatus() { return status; }
    public Person getSuggestedBy() { return suggestedBy; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getDecisionMessage() { return decisionMessage; }
    public Instant getDecidedAt() { return decidedAt; }
}
