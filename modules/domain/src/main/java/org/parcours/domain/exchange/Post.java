package org.parcours.domain.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
import org.parcours.domain.person.Person;
import org.parcours.domain.work.Attachment;

/**
 * A message in a thread, with an optional attached file. Its author may rewrite it (optimistic
 * locking: an edit started before another one was saved is refused); a facilitator may hide it with a
 * reason, after which only moderators see it.
 */
@Entity
@Table(name = "exchange_post")
public class Post implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int BODY_MAX = 5000;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private DiscussionThread thread;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Embedded
    private Attachment file;

    @Column(name = "hidden", nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason", length = REASON_MAX)
    private String hiddenReason;

    @Column(name = "hidden_by", length = Person.USERNAME_MAX)
    private String hiddenBy;

    protected Post() {
        // for JPA
    }

    Post(DiscussionThread thread, Person author, String body, Attachment file, Instant now) {
        this.thread = Objects.requireNonNull(thread, "thread");
        this.author = Objects.requireNonNull(author, "author");
        this.body = Text.required(body, BODY_MAX, "body");
        this.file = file;
        this.postedAt = now;
    }

    /** The author rewrites the message (not once hidden, not in a locked thread). */
    public void rewrite(String newBody, long versionSeen, Instant now) {
        StaleEditException.check(version, versionSeen);
        if (hidden) {
            throw new RuleViolation("body", "exchange.post.hidden");
        }
        if (thread.isLocked()) {
            throw new RuleViolation("body", "exchange.thread.locked");
        }
        this.body = Text.required(newBody, BODY_MAX, "body");
        this.editedAt = now;
    }

    /** A facilitator hides the message; the reason is required and kept for the moderators. */
    public void hide(String reason, String by) {
        this.hiddenReason = Text.required(reason, REASON_MAX, "reason");
        this.hiddenBy = Objects.requireNonNull(by, "by");
        this.hidden = true;
    }

    public void show() {
        this.hidden = false;
        this.hiddenReason = null;
        this.hiddenBy = null;
    }

    public boolean isWrittenBy(String username) {
        return username != null && author.getUsername().equals(username);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public DiscussionThread getThread() { return thread; }
    public Person getAuthor() { return author; }
    public String getBody() { return body; }
    public Instant getPostedAt() { return postedAt; }
    public Instant getEditedAt() { return editedAt; }
    public Attachment getFile() { return file; }
    public boolean isHidden() { return hidden; }
    public String getHiddenReason() { return hiddenReason; }
    public String getHiddenBy() { return hiddenBy; }

    @Override
    public String toString() {
        return "Post[" + id + "]";
    }
}
