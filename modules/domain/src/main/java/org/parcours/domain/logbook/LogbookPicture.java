package org.parcours.domain.logbook;

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
import java.io.Serializable;
import org.parcours.domain.Text;
import org.parcours.domain.work.Attachment;

/** A picture of an issue (PNG or JPEG, stored under a random name) with the text that replaces it for those who cannot see it. */
@Entity
@Table(name = "logbook_picture")
public class LogbookPicture implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int ALTERNATIVE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", nullable = false)
    private LogbookIssue issue;

    @Embedded
    private Attachment file;

    @Column(name = "alternative", nullable = false, length = ALTERNATIVE_MAX)
    private String alternative;

    protected LogbookPicture() {
        // for JPA
    }

    LogbookPicture(LogbookIssue issue, Attachment file, String alternative) {
        this.alternative = Text.required(alternative, ALTERNATIVE_MAX, "alternative");
        this.issue = issue;
        this.file = file;
    }

    public Long getId() { return id; }
    public LogbookIssue getIssue() { return issue; }
    public Attachment getFile() { return file; }
    public String getAlternative() { return alternative; }
}
