package org.parcours.web.work;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.schedule.ScheduleAccess;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.application.work.AssignmentForm;
import org.parcours.application.work.IndividualWork;
import org.parcours.application.work.TerritoryWork;
import org.parcours.application.work.Upload;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.work.Assignment;
import org.parcours.domain.work.UploadPolicy;
import org.parcours.application.access.Access;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * The individual work of a session: facilitators set the assignment, see who has handed in and give
 * feedback; a territory member hands in their own territory's work. Partners see neither.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IndividualWork work;
    @Inject
    ScheduleManagement schedules;
    @Inject
    ScheduleAccess rights;
    @Inject
    Access access;

    private Long session;
    private Session current;
    private Assignment assignment;
    private boolean manageable;
    private AssignmentForm form;
    private List<TerritoryWork> overview = List.of();
    private List<TerritoryWork> mine = List.of();
    private final Map<Long, String> feedback = new HashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private UploadedFiles files;

    public void load() {
        try {
            current = session == null ? null : schedules.find(session).orElse(null);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        if (current == null || current.getKind() != SessionKind.INDIVIDUAL_WORK) {
            current = null;
            Pages.notFound();
            return;
        }
        manageable = rights.mayManage(current.getCohort());
        if (!manageable && !access.holds(Role.TERRITORY)) {
            current = null;
            Pages.forbidden();
            return;
        }
        reload();
    }

    private void reload() {
        assignment = work.assignmentOf(session).orElse(null);
        if (manageable) {
            form = assignment == null ? new AssignmentForm() : AssignmentForm.of(assignment);
            overview = assignment == null ? List.of() : work.overview(assignment.getId());
            overview.stream().filter(TerritoryWork::isHandedIn)
                    .forEach(w -> feedback.put(w.submission().getId(), w.submission().getFeedback()));
        }
        if (assignment != null && access.holds(Role.TERRITORY)) {
            mine = work.mine(assignment.getId());
            mine.stream().filter(TerritoryWork::isHandedIn)
                    .forEach(w -> texts.put(w.territory().getId(), w.submission().getText()));
        }
    }

    public void saveAssignment() {
        try {
            work.setAssignment(session, form);
            Feedback.info("assignment.saved");
            reload();
        } catch (RuleViolation violation) {
            Feedback.show(violation, "assignmentForm");
        } catch (ConstraintViolationException violations) {
            Feedback.show(violations, "assignmentForm");
        }
    }

    public void giveFeedback(long submissionId) {
        try {
            work.giveFeedback(submissionId, feedback.get(submissionId));
            Feedback.info("submission.feedbackSaved");
            reload();
        } catch (RuleViolation violation) {
            Feedback.error(violation.messageKey(), violation.arguments());
        }
    }

    public String handIn(long territoryId) {
        try {
            List<Upload> uploads = new ArrayList<>();
            if (files != null) {
                for (UploadedFile file : files.getFiles()) {
                    if (file.getSize() > UploadPolicy.MAX_BYTES) {
                        throw new RuleViolation("files", "upload.tooLarge", UploadPolicy.MAX_BYTES / (1024 * 1024));
                    }
                    if (file.getSize() > 0) {
                        uploads.add(new Upload(file.getFileName(), file.getContent()));
                    }
                }
            }
            work.handIn(assignment.getId(), territoryId, texts.get(territoryId), uploads);
            Feedback.info("submission.handedIn");
            return "/work/assignment?faces-redirect=true&session=" + session;
        } catch (RuleViolation violation) {
            Feedback.show(violation, "submitForm");
            return null;
        }
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Session getCurrent() {
        return current;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public boolean isManageable() {
        return manageable;
    }

    public AssignmentForm getForm() {
        return form;
    }

    public List<TerritoryWork> getOverview() {
        return overview;
    }

    public long getHandedInCount() {
        return overview.stream().filter(TerritoryWork::isHandedIn).count();
    }

    public List<TerritoryWork> getMine() {
        return mine;
    }

    public Map<Long, String> getFeedback() {
        return feedback;
    }

    public Map<Long, String> getTexts() {
        return texts;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public long getMaxMegabytes() {
        return UploadPolicy.MAX_BYTES / (1024 * 1024);
    }
}
