package org.parcours.application.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionRepository;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;
import org.parcours.domain.work.Assignment;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;
import org.parcours.domain.work.FileType;
import org.parcours.domain.work.Submission;
import org.parcours.domain.work.UploadPolicy;
import org.parcours.domain.work.WorkRepository;

/** Assignments, submissions and feedback, with each territory's work kept private to it. */
@ApplicationScoped
@Transactional
public class IndividualWork {

    @Inject
    WorkRepository work;
    @Inject
    SessionRepository sessions;
    @Inject
    TerritoryRepository territories;
    @Inject
    FileStore files;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;
    @Inject
    StoredUploads storedUploads;

    /** The assignment of a session, for anyone who reads the cohort's schedule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Assignment> assignmentOf(long sessionId) {
        Session session = session(sessionId);
        rights.requireReader(session.getCohort(), "assignment.read");
        return work.assignmentOf(sessionId);
    }

    public Assignment setAssignment(long sessionId, @NotNull @Valid AssignmentForm form) {
        Session session = session(sessionId);
        rights.requireManager(session.getCohort(), "assignment.set");
        Instant due = ParisTime.at(form.getDueDate(), form.getDueTime());
        Optional<Assignment> existing = work.assignmentOf(sessionId);
        if (existing.isPresent()) {
            existing.get().checkUnchangedSince(form.getVersion());
            existing.get().revise(form.getInstructions(), due);
            work.flush();
            return existing.get();
        }
        Assignment assignment = new Assignment(session, form.getInstructions(), due);
        work.add(assignment);
        return assignment;
    }

    /** Who has and has not handed in: the cohort's managers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TerritoryWork> overview(long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        rights.requireManager(assignment.getSession().getCohort(), "submission.overview");
        Map<Long, Submission> handedIn = work.submissionsOf(assignmentId).stream()
                .collect(Collectors.toMap(s -> s.getTerritory().getId(), Function.identity()));
        return assignment.getSession().participants().stream()
                .sorted(java.util.Comparator.comparing(Territory::getName))
                .map(t -> new TerritoryWork(t, handedIn.get(t.getId())))
                .toList();
    }

    /** The caller's own territories concerned by the assignment, with their submissions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TerritoryWork> mine(long assignmentId) {
        Assignment assignment = assignment(assignmentId);
        List<Long> mine = access.territoryIds();
        List<TerritoryWork> result = new ArrayList<>();
        for (Territory t : assignment.getSession().participants()) {
            if (mine.contains(t.getId())) {
                result.add(new TerritoryWork(t, work.submission(assignmentId, t.getId()).orElse(null)));
            }
        }
        return result;
    }

    /** Hands in (again) a territory's work: only a member of that territory may. */
    public Submission handIn(long assignmentId, long territoryId, String text, @NotNull List<Upload> uploads) {
        Assignment assignment = assignment(assignmentId);
        if (!access.holds(Role.TERRITORY) || !access.belongsTo(territoryId)) {
            throw new AccessDenied("submission.handIn");
        }
        Territory territory = territories.find(territoryId)
                .orElseThrow(() -> new RuleViolation(null, "territory.unknown", territoryId));
        List<FileType> types = new ArrayList<>();
        for (Upload upload : uploads) {
            types.add(UploadPolicy.check(upload.fileName(), upload.content(), "files"));
        }
        Submission submission = work.submission(assignmentId, territoryId).orElse(null);
        boolean isNew = submission == null;
        if (isNew) {
            submission = new Submission(assignment, territory);
        }
        List<Attachment> stored = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            stored.add(new Attachment(storedUploads.store(uploads.get(i).content()), uploads.get(i).fileName(), types.get(i),
                    uploads.get(i).content().length));
        }
        submission.handIn(text, stored, access.username(), Instant.now());
        if (isNew) {
            work.add(submission);
        } else {
            work.flush();
        }
        return submission;
    }

    public Submission giveFeedback(long submissionId, String feedback) {
        Submission submission = work.findSubmission(submissionId)
                .orElseThrow(() -> new RuleViolation(null, "submission.unknown", submissionId));
        rights.requireManager(submission.getAssignment().getSession().getCohort(), "submission.feedback");
        String by = access.person().map(p -> p.getDisplayName()).orElse(access.username());
        submission.giveFeedback(feedback, by, Instant.now());
        work.flush();
        return submission;
    }

    /** A file of a submission: for its territory's members and the cohort's managers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download file(long submissionId, int index) {
        Submission submission = work.findSubmission(submissionId)
                .orElseThrow(() -> new RuleViolation(null, "submission.unknown", submissionId));
        boolean own = access.holds(Role.TERRITORY) && access.belongsTo(submission.getTerritory().getId());
        if (!own && !rights.mayManage(submission.getAssignment().getSession().getCohort())) {
            throw new AccessDenied("submission.file");
        }
        Attachment attachment = submission.attachment(index);
        try {
            return new Download(attachment.getFileName(), attachment.getContentType(), attachment.getSize(),
                    files.open(attachment.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Assignment assignment(long id) {
        Assignment assignment = work.findAssignment(id)
                .orElseThrow(() -> new RuleViolation(null, "assignment.unknown", id));
        // Everyone concerned must at least read the cohort's schedule.
        rights.requireReader(sessions.findWithDetails(assignment.getSession().getId()).orElseThrow().getCohort(),
                "assignment.read");
        return assignment;
    }

    private Session session(long id) {
        return sessions.findWithDetails(id).orElseThrow(() -> new RuleViolation(null, "session.unknown", id));
    }
}
