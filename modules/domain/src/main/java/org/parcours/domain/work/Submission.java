package org.parcours.domain.work;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.territory.Territory;

/**
 * A territory's work for an assignment: text and attachments, handed in (late after the due date),
 * then the facilitators' written feedback. Handing in again replaces the text, adds the files and
 * keeps the latest time.
 */
@Entity
@Table(name = "submission")
public class Submission implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 20000;
    public static final int FEEDBACK_MAX = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", updatable = false)
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "territory_id", updatable = false)
    private Territory territory;

    @Column(name = "body", length = TEXT_MAX)
    private String text;

    @ElementCollection
    @CollectionTable(name = "submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "submitted_by", nullable = false, length = 64)
    private String submittedBy;

    @Column(name = "feedback", length = FEEDBACK_MAX)
    private String feedback;

    @Column(name = "feedback_by", length = 120)
    private String feedbackBy;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    protected Submission() {
        // for JPA
    }

    public Submission(Assignment assignment, Territory territory) {
        if (!assignment.getSession().involves(territory)) {
            throw new RuleViolation(null, "submission.territoryNotConcerned", territory.getName());
        }
        this.assignment = assignment;
        this.territory = territory;
    }

    /** Hands the work in (again): needs a text or at least one file. */
    public void handIn(String text, List<Attachment> newFiles, String by, Instant now) {
        String body = Text.optional(text, TEXT_MAX, "text");
        if (body == null && attachments.isEmpty() && newFiles.isEmpty()) {
            throw new RuleViolation("text", "submission.empty");
        }
        if (attachments.size() + newFiles.size() > UploadPolicy.MAX_FILES) {
            throw new RuleViolation("files", "upload.tooMany", UploadPolicy.MAX_FILES);
        }
        this.text = body;
        this.attachments.addAll(newFiles);
        this.submittedAt = now;
        this.late = assignment.isLateAt(now);
        this.submittedBy = by;
    }

    public void giveFeedback(String feedback, String by, Instant now) {
        this.feedback = Text.required(feedback, FEEDBACK_MAX, "feedback");
        this.feedbackBy = by;
        this.feedbackAt = now;
    }

    public Attachment attachment(int index) {
        if (index < 0 || index >= attachments.size()) {
            throw new RuleViolation(null, "submission.fileUnknown");
        }
        return attachments.get(index);
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Territory getTerritory() {
        return territory;
    }

    public String getText() {
        return text;
    }

    public List<Attachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getFeedback() {
        return feedback;
    }

    public String getFeedbackBy() {
        return feedbackBy;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }
}
