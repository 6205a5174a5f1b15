package org.parcours.web.codev;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parcours.application.codev.CoDevRunner;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.codev.SessionPage;
import org.parcours.application.codev.SessionPageReading;
import org.parcours.application.codev.SessionSummary;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.codev.CoDevStep;
import org.parcours.domain.codev.CommitmentOutcome;
import org.parcours.domain.territory.Member;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * A co-development session. Every reader of the cohort sees the summary; the group and its
 * facilitators see the content; the animateur runs the steps (the order and what is captured live on
 * the server, the page's timer only counts down); the client submits the subject and reports on the
 * previous commitment; members pitch, vote and write their learning note.
 */
@Named
@ViewScoped
public class CoDevSessionRunner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoDevelopment codev;
    @Inject
    CoDevRunner runner;
    @Inject
    SessionPageReading reading;

    private Long id;
    /**
     * What the page shows, read for one request only: released once the page is rendered (its
     * entities hold the whole persistence context that read them, and a session keeps several views),
     * read again when a later request of the same view needs it.
     */
    private transient SessionPage page;
    private transient boolean read;
    // Inputs of the forms on the page.
    private String subject;
    private Long clientId;
    private List<Long> present = new ArrayList<>();
    private Map<CoDevStep, Integer> minutes = new EnumMap<>(CoDevStep.class);
    private String request;
    private String contract;
    private Long consultantId;
    private String suggestion;
    private String actionPlan;
    private String commitment;
    private LocalDate commitmentDue;
    private Long participantId;
    private String learning;
    private boolean shareable;
    private String pitch;
    private Long voteFor;
    private CommitmentOutcome outcome;
    private String outcomeComment;

    public void load() {
        page = read();
        read = true;
        if (page == null) {
            Pages.notFound();
            return;
        }
        if (page.withContent()) {
            CoDevSession session = page.content();
            minutes = new EnumMap<>(session.getDurations().asMap());
            if (present.isEmpty()) {
                present = new ArrayList<>(session.getGroup().sortedMembers().stream().map(Member::getId).toList());
            }
            subject = session.getSubject();
            request = session.getRequest();
            contract = session.getContract();
            actionPlan = session.getActionPlan();
            commitment = session.getCommitment() == null ? null : session.getCommitment().getText();
            commitmentDue = session.getCommitment() == null ? null : session.getCommitment().getDue();
        }
    }

    /** Once the page is rendered (postRenderView): what it showed is not kept with the view. */
    public void release() {
        page = null;
        read = false;
    }

    private SessionPage read() {
        try {
            return id == null ? null : reading.read(id);
        } catch (org.parcours.domain.RuleViolation unknown) {
            return null;
        }
    }

    /** The page's read for this request: a postback reads it again (its forms are rendered from it). */
    private SessionPage page() {
        if (!read) {
            page = read();
            read = true;
        }
        return page;
    }

    private void act(Supplier<Object> action) {
        if (Feedback.attempt("runner", () -> {
            action.get();
            return "ok";
        }) != null) {
            load();
        }
    }

    public void chooseClient() {
        act(() -> codev.chooseClient(id, clientId == null ? -1 : clientId));
    }

    public void submitSubject() {
        act(() -> codev.submitSubject(id, subject));
    }

    public void adjust() {
        act(() -> runner.adjustDurations(id, minutes));
    }

    public void start() {
        act(() -> runner.start(id, present));
    }

    public void advance() {
        act(() -> runner.advance(id, getSession().getCurrentStep()));
    }

    public void agree() {
        act(() -> runner.agreeContract(id, request, contract));
    }

    public void suggest() {
        act(() -> {
            CoDevSession s = runner.suggest(id, consultantId, suggestion);
            suggestion = null;
            return s;
        });
    }

    public void plan() {
        act(() -> runner.planAction(id, actionPlan, commitment, commitmentDue));
    }

    public void note() {
        act(() -> {
            CoDevSession s = runner.noteLearning(id, participantId, learning, shareable);
            learning = null;
            return s;
        });
    }

    public void pitchSubject() {
        act(() -> codev.pitch(id, pitch));
    }

    public void vote() {
        act(() -> codev.vote(id, voteFor == null ? -1 : voteFor));
    }

    public void report() {
        act(() -> codev.reportCommitment(getPrevious().getId(), outcome, outcomeComment));
    }

    public boolean isClient() {
        return getSession() != null && same(getMe(), getSession().getClient());
    }

    /** Whether the caller reports on the previous commitment (its client, or the animateur). */
    public boolean isReporter() {
        CoDevSession previous = getPrevious();
        return previous != null && previous.getCommitment().getOutcome() == null
                && (isManageable() || same(getMe(), previous.getClient()));
    }

    /** Members loaded by different reads are different objects: compare them by id. */
    private static boolean same(Member a, Member b) {
        return a != null && b != null && a.getId().equals(b.getId());
    }

    public boolean overdue(CoDevSession s) {
        return CoDevelopment.overdue(s);
    }

    /** Seconds left in the running step (negative once over time), for the countdown. */
    public long getSecondsLeft() {
        CoDevSession session = getSession();
        return session == null || session.stepEndsAt() == null ? 0
                : java.time.Duration.between(java.time.Instant.now(), session.stepEndsAt()).getSeconds();
    }

    public CoDevStep[] getSteps() {
        return CoDevStep.values();
    }

    public CommitmentOutcome[] getOutcomes() {
        return CommitmentOutcome.values();
    }

    public List<Member> getParticipants() {
        CoDevSession session = getSession();
        return session == null ? List.of() : session.getGroup().sortedMembers().stream()
                .filter(session.getParticipants()::contains).toList();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionSummary getSummary() { return page() == null ? null : page().summary(); }
    public CoDevSession getSession() { return page() == null ? null : page().content(); }
    public CoDevSession getPrevious() { return page() == null ? null : page().previous(); }
    public boolean isManageable() { return page() != null && page().manageable(); }
    public Member getMe() { return page() == null ? null : page().reader(); }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public List<Long> getPresent() { return present; }
    public void setPresent(List<Long> present) { this.present = present == null ? new ArrayList<>() : present; }
    public Map<CoDevStep, Integer> getMinutes() { return minutes; }
    public String getRequest() { return request; }
    public void setRequest(String request) { this.request = request; }
    public String getContract() { return contract; }
    public void setContract(String contract) { this.contract = contract; }
    public Long getConsultantId() { return consultantId; }
    public void setConsultantId(Long consultantId) { this.consultantId = consultantId; }
    public String getSuggestion() { return suggestion; }
    public void setSuggestion(String suggestion) { this.suggestion = suggestion; }
    public String getActionPlan() { return actionPlan; }
    public void setActionPlan(String actionPlan) { this.actionPlan = actionPlan; }
    public String getCommitment() { return commitment; }
    public void setCommitment(String commitment) { this.commitment = commitment; }
    public LocalDate getCommitmentDue() { return commitmentDue; }
    public void setCommitmentDue(LocalDate commitmentDue) { this.commitmentDue = commitmentDue; }
    public Long getParticipantId() { return participantId; }
    public void setParticipantId(Long participantId) { this.participantId = participantId; }
    public String getLearning() { return learning; }
    public void setLearning(String learning) { this.learning = learning; }
    public boolean isShareable() { return shareable; }
    public void setShareable(boolean shareable) { this.shareable = shareable; }
    public String getPitch() { return pitch; }
    public void setPitch(String pitch) { this.pitch = pitch; }
    public Long getVoteFor() { return voteFor; }
    public void setVoteFor(Long voteFor) { this.voteFor = voteFor; }
    public CommitmentOutcome getOutcome() { return outcome; }
    public void setOutcome(CommitmentOutcome outcome) { this.outcome = outcome; }
    public String getOutcomeComment() { return outcomeComment; }
    public void setOutcomeComment(String outcomeComment) { this.outcomeComment = outcomeComment; }
}
