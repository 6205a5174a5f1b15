package org.parcours.application.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.work.Download;
import org.parcours.application.work.Upload;
import org.parcours.application.work.StoredUploads;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.logbook.HtmlSanitizer;
import org.parcours.domain.logbook.LogbookDraft;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookPicture;
import org.parcours.domain.logbook.LogbookRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;
import org.parcours.domain.work.FileType;
import org.parcours.domain.work.UploadPolicy;

/**
 * The monthly logbook. The cohort's own facilitators draft, edit, illustrate and publish its issues
 * (drafts are theirs alone: co-development learnings reach a draft only when marked shareable, and
 * nobody else reads a draft); whoever may read the cohort (its territories' members, its partners,
 * facilitators and admins) reads the published issues.
 */
@ApplicationScoped
@Transactional
public class Logbooks {

    static final int MAX_ISSUES = 60;

    @Inject
    LogbookRepository logbooks;
    @Inject
    CohortRepository cohorts;
    @Inject
    LogbookFacts facts;
    @Inject
    HtmlSanitizer sanitizer;
    @Inject
    FileStore files;
    @Inject
    Access access;
    @Inject
    Event<LogbookPublished> published;
    @Inject
    StoredUploads storedUploads;

    /** A facilitator of this cohort (the facilitator role and named on the cohort). */
    public boolean mayEdit(Cohort cohort) {
        return access.holds(Role.FACILITATOR) && cohort.isFacilitatedBy(access.username());
    }

    /** The cohort's issues the caller may read, most recent month first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LogbookArchive archive(long cohortId) {
        Cohort cohort = cohort(cohortId);
        if (!access.mayRead(cohort)) {
            throw new AccessDenied("logbook.archive");
        }
        boolean editor = mayEdit(cohort);
        return new LogbookArchive(cohort, logbooks.ofCohort(cohortId, editor, MAX_ISSUES), editor);
    }

    /** An issue: published ones for the cohort's readers, drafts for its facilitators only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LogbookIssue read(long id) {
        LogbookIssue issue = existing(id);
        requireReader(issue, "logbook.read");
        issue.getPictures().forEach(LogbookPicture::getAlternative);
        return issue;
    }

    /** Drafts the month's issue from its facts; refused when the month already has one. */
    public LogbookIssue draft(long cohortId, YearMonth month) {
        Cohort cohort = cohort(cohortId);
        requireEditor(cohort, "logbook.draft");
        if (month == null) {
            throw new RuleViolation("month", "field.required");
        }
        if (logbooks.find(cohortId, month).isPresent()) {
            throw new RuleViolation("month", "logbook.month.taken", month.toString());
        }
        Instant now = Instant.now();
        LogbookIssue issue = LogbookIssue.draft(cohort, month,
                LogbookDraft.compose(facts.of(cohort, month, now), LogbookFacts.phrases()::getString),
                sanitizer, access.username(), now);
        logbooks.add(issue);
        return issue;
    }

    public LogbookIssue revise(long id, @NotNull LogbookForm form) {
        LogbookIssue issue = editable(id, "logbook.revise");
        issue.checkUnchangedSince(form.getVersion());
        issue.revise(form.content(), sanitizer, access.username(), Instant.now());
        logbooks.flush();
        return issue;
    }

    /**
     * Saves the editor's text and publishes it, both or neither; the cohort's team members and partners
     * are emailed after the commit.
     */
    public LogbookIssue publish(long id, @NotNull LogbookForm form) {
        LogbookIssue issue = editable(id, "logbook.publish");
        issue.checkUnchangedSince(form.getVersion());
        Instant now = Instant.now();
        issue.revise(form.content(), sanitizer, access.username(), now);
        issue.publish(access.username(), now);
        logbooks.flush();
        Cohort cohort = cohorts.findWithDetails(issue.getCohort().getId()).orElseThrow();
        published.fire(new LogbookPublished(readers(cohort), issue.getId(), issue.getTitle(), cohort.getName()));
        return issue;
    }

    public LogbookPicture addPicture(long id, Upload upload, String alternative) {
        LogbookIssue issue = editable(id, "logbook.picture");
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw new RuleViolation("picture", "logbook.picture.required");
        }
        if (upload.content().length > LogbookPicture.MAX_BYTES) {
            throw new RuleViolation("picture", "upload.tooLarge", LogbookPicture.MAX_BYTES / (1024 * 1024));
        }
        FileType type = UploadPolicy.check(upload.fileName(), upload.content(), "picture");
        // Checked before storing: a refused file is never written to the folder.
        if (type != FileType.PNG && type != FileType.JPEG) {
            throw new RuleViolation("picture", "logbook.picture.notImage");
        }
        LogbookPicture picture = issue.addPicture(
                new Attachment(storedUploads.store(upload.content()), upload.fileName(), type, upload.content().length), alternative);
        logbooks.flush();
        return picture;
    }

    public void removePicture(long id, long pictureId) {
        editable(id, "logbook.picture").removePicture(pictureId);
        logbooks.flush();
    }

    /** A picture's file, for whoever may read its issue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download picture(long pictureId) {
        LogbookPicture picture = logbooks.picture(pictureId)
                .orElseThrow(() -> new RuleViolation(null, "logbook.picture.unknown", pictureId));
        requireReader(picture.getIssue(), "logbook.picture");
        Attachment file = picture.getFile();
        try {
            return new Download(file.getFileName(), file.getContentType(), file.getSize(), files.open(file.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The team members of the cohort's territories and its partners, each address once. */
    static List<EmailAddress> readers(Cohort cohort) {
        Set<EmailAddress> to = new LinkedHashSet<>();
        for (Territory territory : cohort.getTerritories()) {
            territory.getMembers().forEach(m -> to.add(m.getEmail()));
        }
        cohort.getPartners().stream().filter(Person::isActive).forEach(p -> to.add(p.getEmail()));
        return List.copyOf(to);
    }

    private void requireReader(LogbookIssue issue, String what) {
        Cohort cohort = issue.getCohort();
        if (!access.mayRead(cohort) || !issue.isReadableBy(mayEdit(cohort))) {
            throw new AccessDenied(what);
        }
    }

    private void requireEditor(Cohort cohort, String what) {
        if (!mayEdit(cohort)) {
            throw new AccessDenied(what);
        }
    }

    private LogbookIssue editable(long id, String what) {
        LogbookIssue issue = existing(id);
        requireEditor(issue.getCohort(), what);
        return issue;
    }

    private LogbookIssue existing(long id) {
        return logbooks.find(id).orElseThrow(() -> new RuleViolation(null, "logbook.unknown", id));
    }

    private Cohort cohort(long id) {
        return cohorts.find(id).orElseThrow(() -> new RuleViolation(null, "cohort.unknown", id));
    }
}
