package org.parcours.domain.codev;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.territory.Member;

/**
 * One co-development session of a group, held as a session of the cohort's schedule (so it shows in
 * calendars). It is planned, then run step by step in the fixed order; each step's content is captured
 * at that step only, and a step that needs its content (the contract, the commitment) cannot be left
 * without it. Its content belongs to its group: see the package description.
 */
@Entity
@Table(name = "codev_session")
public class CoDevSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 4000;
    public static final int SHORT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", updatable = false)
    private CoDevGroup group;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Member client;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status = SessionStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_step", length = 16)
    private CoDevStep currentStep;

    @Column(name = "step_started_at")
    private Instant stepStartedAt;

    @Embedded
    private StepDurations durations = StepDurations.usual();

    @ManyToMany
    @JoinTable(name = "codev_session_participant", joinColumns = @JoinColumn(name = "codev_session_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> participants = new HashSet<>();

    @Column(name = "subject", length = TEXT_MAX)
    private String subject;

    @Column(name = "subject_submitted_at")
    private Instant subjectSubmittedAt;

    @ElementCollection
    @CollectionTable(name = "codev_pitch", joinColumns = @JoinColumn(name = "codev_session_id"))
    @OrderColumn(name = "position")
    private List<Contribution> pitches = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "codev_vote", joinColumns = @JoinColumn(name = "codev_session_id"))
    private List<Vote> votes = new ArrayList<>();

    @Column(name = "request", length = SHORT_MAX)
    private String request;

    @Column(name = "contract", length = SHORT_MAX)
    private String contract;

    @ElementCollection
    @CollectionTable(name = "codev_suggestion", joinColumns = @JoinColumn(name = "codev_session_id"))
    @OrderColumn(name = "position")
    private List<Contribution> suggestions = new ArrayList<>();

    @Column(name = "action_plan", length = TEXT_MAX)
    private String actionPlan;

    /** {@code null} until the client commits at step 5 (all its columns are then null). */
    @Embedded
    private Commitment commitment;

    @ElementCollection
    @CollectionTable(name = "codev_learning", joinColumns = @JoinColumn(name = "codev_session_id"))
    @OrderColumn(name = "position")
    private List<Contribution> learnings = new ArrayList<>();

    protected CoDevSession() {
        // for JPA
    }

    public CoDevSession(CoDevGroup group, Session session) {
        this.group = Objects.requireNonNull(group, "group");
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Names the client; everyone is client once over the cycle (see {@link CoDevGroup#checkClient}). */
    public void chooseClient(Member chosen, Collection<Member> previousClients) {
        requireStatus(SessionStatus.PLANNED);
        group.checkClient(chosen, previousClients);
        if (client != chosen) {
            subject = null;
            subjectSubmittedAt = null;
        }
        this.client = chosen;
    }

    /** The client's subject: a real, current problem, submitted before the session or while presenting it. */
    public void submitSubject(String text, Instant now) {
        if (client == null) {
            throw new RuleViolation("subject", "codev.client.none");
        }
        if (!(status == SessionStatus.PLANNED || currentStep == CoDevStep.PRESENTATION)) {
            throw new RuleViolation("subject", "codev.subject.tooLate");
        }
        this.subject = Text.required(text, TEXT_MAX, "subject");
        this.subjectSubmittedAt = now;
    }

    /** A member proposes a subject before the session (one pitch per member, the latest replaces it). */
    public void pitch(Member author, String text) {
        requireStatus(SessionStatus.PLANNED);
        requireMember(author, "pitch");
        String checked = Text.required(text, Contribution.TEXT_MAX, "pitch");
        pitches.removeIf(p -> p.getMember() == author);
        pitches.add(new Contribution(author, checked, false));
    }

    /** A member votes for a pitched subject; one vote per member, the latest counts. */
    public void vote(Member voter, Member author) {
        requireStatus(SessionStatus.PLANNED);
        requireMember(voter, "vote");
        if (pitches.stream().noneMatch(p -> p.getMember() == author)) {
            throw new RuleViolation("vote", "codev.vote.noPitch");
        }
        votes.removeIf(v -> v.getVoter() == voter);
        votes.add(new Vote(voter, author));
    }

    public long votesFor(Member author) {
        return votes.stream().filter(v -> v.getAuthor() == author).count();
    }

    /** Changes how long the steps last; the durations of a finished session are history. */
    public void adjustDurations(StepDurations newDurations) {
        if (status == SessionStatus.FINISHED) {
            throw new RuleViolation(null, "codev.session.finished");
        }
        this.durations = Objects.requireNonNull(newDurations, "durations");
    }

    /** Opens step 1 with the members present; the client must have a subject and be there. */
    public void start(Collection<Member> present, Instant now) {
        requireStatus(SessionStatus.PLANNED);
        if (client == null) {
            throw new RuleViolation("clientId", "codev.client.none");
        }
        if (subject == null) {
            throw new RuleViolation("subject", "codev.subject.required");
        }
        Set<Member> there = new HashSet<>(present);
        there.forEach(m -> requireMember(m, "participants"));
        if (!there.contains(client)) {
            throw new RuleViolation("participants", "codev.start.clientAbsent", client.getFullName());
        }
        if (there.size() < 2) {
            throw new RuleViolation("participants", "codev.start.noConsultant");
        }
        participants.clear();
        participants.addAll(there);
        status = SessionStatus.RUNNING;
        enter(CoDevStep.PRESENTATION, now);
    }

    /** Goes to the next step, never back nor past one: a step that needs its content keeps the group there. */
    public void advance(Instant now) {
        requireStatus(SessionStatus.RUNNING);
        if (currentStep == CoDevStep.CONTRACT && (request == null || contract == null)) {
            throw new RuleViolation("request", "codev.contract.required");
        }
        if (currentStep == CoDevStep.ACTION_PLAN && commitment == null) {
            throw new RuleViolation("commitment", "codev.commitment.required");
        }
        CoDevStep next = currentStep.next();
        if (next == null) {
            status = SessionStatus.FINISHED;
            currentStep = null;
            stepStartedAt = null;
        } else {
            enter(next, now);
        }
    }

    /** Step 3: the client's request and the consultation contract the group agreed on. */
    public void agreeContract(String clientRequest, String agreedContract) {
        requireStep(CoDevStep.CONTRACT);
        String checkedRequest = Text.required(clientRequest, SHORT_MAX, "request");
        this.contract = Text.required(agreedContract, SHORT_MAX, "contract");
        this.request = checkedRequest;
    }

    /** Step 4: a consultant's suggestion (the client listens: never the client's own). */
    public void suggest(Member consultant, String text) {
        requireStep(CoDevStep.CONSULTATION);
        requireParticipant(consultant, "consultantId");
        if (consultant == client) {
            throw new RuleViolation("consultantId", "codev.suggestion.byClient");
        }
        suggestions.add(new Contribution(consultant, Text.required(text, Contribution.TEXT_MAX, "suggestion"), false));
    }

    /** Step 5: the client's action plan with a commitment and its deadline (not before the session day). */
    public void planAction(String plan, String committedTo, LocalDate due) {
        requireStep(CoDevStep.ACTION_PLAN);
        String checkedPlan = Text.required(plan, TEXT_MAX, "actionPlan");
        this.commitment = Commitment.planned(committedTo, due, ParisTime.dayOf(session.getStartsAt()));
        this.actionPlan = checkedPlan;
    }

    /** Step 6 or after: a participant's learning (their latest note replaces the previous one). */
    public void noteLearning(Member participant, String text, boolean shareable) {
        if (!(currentStep == CoDevStep.LEARNINGS || status == SessionStatus.FINISHED)) {
            throw new RuleViolation("learning", "codev.step.wrong", CoDevStep.LEARNINGS.number());
        }
        requireParticipant(participant, "participantId");
        String checked = Text.required(text, Contribution.TEXT_MAX, "learning");
        learnings.removeIf(l -> l.getMember() == participant);
        learnings.add(new Contribution(participant, checked, shareable));
    }

    /** The client says what became of the commitment (at the group's next session); said once. */
    public void reportCommitment(CommitmentOutcome outcome, String comment, Instant now) {
        requireStatus(SessionStatus.FINISHED);
        if (commitment == null) {
            throw new RuleViolation("outcome", "codev.commitment.none");
        }
        this.commitment = commitment.reported(outcome, comment, now);
    }

    /** A commitment whose deadline passed without a report. */
    public boolean isCommitmentOverdue(LocalDate today) {
        return commitment != null && commitment.isOverdue(today);
    }

    /** When the running step's time is up (for the timer); {@code null} when no step runs. */
    public Instant stepEndsAt() {
        return currentStep == null ? null : stepStartedAt.plusSeconds(60L * durations.minutes(currentStep));
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        StaleEditException.check(version, versionSeenByUser);
    }

    private void enter(CoDevStep step, Instant now) {
        currentStep = step;
        stepStartedAt = now;
    }

    private void requireStatus(SessionStatus expected) {
        if (status != expected) {
            throw switch (expected) {
                case PLANNED -> new RuleViolation(null, "codev.session.notPlanned");
                case RUNNING -> new RuleViolation(null, "codev.session.notRunning");
                case FINISHED -> new RuleViolation(null, "codev.session.notFinished");
            };
        }
    }

    private void requireStep(CoDevStep step) {
        if (status != SessionStatus.RUNNING || currentStep != step) {
            throw new RuleViolation(null, "codev.step.wrong", step.number());
        }
    }

    private void requireMember(Member member, String field) {
        if (member == null || !group.includes(member)) {
            throw new RuleViolation(field, "codev.member.notInGroup");
        }
    }

    private void requireParticipant(Member member, String field) {
        if (member == null || !participants.contains(member)) {
            throw new RuleViolation(field, "codev.member.notParticipant");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CoDevGroup getGroup() {
        return group;
    }

    public Session getSession() {
        return session;
    }

    public Member getClient() {
        return client;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public CoDevStep getCurrentStep() {
        return currentStep;
    }

    public Instant getStepStartedAt() {
        return stepStartedAt;
    }

    public StepDurations getDurations() {
        return durations;
    }

    public Set<Member> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    public String getSubject() {
        return subject;
    }

    public Instant getSubjectSubmittedAt() {
        return subjectSubmittedAt;
    }

    public List<Contribution> getPitches() {
        return Collections.unmodifiableList(pitches);
    }

    public List<Vote> getVotes() {
        return Collections.unmodifiableList(votes);
    }

    public String getRequest() {
        return request;
    }

    public String getContract() {
        return contract;
    }

    public List<Contribution> getSuggestions() {
        return Collections.unmodifiableList(suggestions);
    }

    public String getActionPlan() {
        return actionPlan;
    }

    /** The client's commitment, or {@code null} before step 5. */
    public Commitment getCommitment() {
        return commitment;
    }

    public List<Contribution> getLearnings() {
        return Collections.unmodifiableList(learnings);
    }

    @Override
    public String toString() {
        return "CoDevSession[" + id + ", " + status + "]";
    }
}
