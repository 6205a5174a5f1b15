package org.parcours.domain.exchange;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.work.Attachment;

/**
 * A discussion thread of a cohort's exchange space, optionally on one of the network's themes. Posts
 * are added through the thread, which refuses them once a facilitator has locked it; the thread keeps
 * its post count and last activity so that lists need no aggregate query.
 */
@Entity
@Table(name = "exchange_thread")
public class DiscussionThread implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 32)
    private Theme theme;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "started_by")
    private Person startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "last_post_at", nullable = false)
    private Instant lastPostAt;

    @Column(name = "post_count", nullable = false)
    private int postCount;

    @Column(name = "locked", nullable = false)
    private boolean locked;

    protected DiscussionThread() {
        // for JPA
    }

    public DiscussionThread(Cohort cohort, Theme theme, String title, Person startedBy, Instant now) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.theme = theme;
        this.title = Text.required(title, TITLE_MAX, "title");
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = now;
        this.lastPostAt = now;
    }

    /** A new post in the thread; refused while the thread is locked. */
    public Post post(Person author, String body, Attachment file, Instant now) {
        if (locked) {
            throw new RuleViolation("body", "exchange.thread.locked");
        }
        Post post = new Post(this, author, body, file, now);
        postCount++;
        lastPostAt = now;
        return post;
    }

    /** Nobody may post any more (facilitators); the thread stays readable. */
    public void lock(long versionSeen) {
        StaleEditException.check(version, versionSeen);
        locked = true;
    }

    public void unlock(long versionSeen) {
        StaleEditException.check(version, versionSeen);
        locked = false;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Cohort getCohort() { return cohort; }
    public Theme getTheme() { return theme; }
    public String getTitle() { return title; }
    public Person getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getLastPostAt() { return lastPostAt; }
    public int getPostCount() { return postCount; }
    public boolean isLocked() { return locked; }

    @Override
    public String toString() {
        return "DiscussionThread[" + id + ", " + title + "]";
    }
}
