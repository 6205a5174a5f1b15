package org.parcours.domain.testimony;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.Text;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;

/**
 * What a testimony or a practical situation carries beyond the schedule: its speakers and, for a
 * practical situation, the scenario and the roles to play.
 */
@Entity
@Table(name = "session_speakers")
public class SessionSpeakers implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_SPEAKERS = 10;
    public static final int MAX_ROLES = 12;
    public static final int SCENARIO_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private Session session;

    @ElementCollection
    @CollectionTable(name = "session_speaker", joinColumns = @JoinColumn(name = "speakers_id"))
    @OrderColumn(name = "position")
    private List<Speaker> speakers = new ArrayList<>();

    @Column(name = "scenario", length = SCENARIO_MAX)
    private String scenario;

    @ElementCollection
    @CollectionTable(name = "session_play_role", joinColumns = @JoinColumn(name = "speakers_id"))
    @OrderColumn(name = "position")
    private List<PlayRole> roles = new ArrayList<>();

    protected SessionSpeakers() {
        // for JPA
    }

    public SessionSpeakers(Session session) {
        this.session = Objects.requireNonNull(session, "session");
        if (!carriesSpeakers(session.getKind())) {
            throw new RuleViolation(null, "testimony.kind.notSpeaking");
        }
    }

    public static boolean carriesSpeakers(SessionKind kind) {
        return kind == SessionKind.TESTIMONY || kind == SessionKind.ROLE_PLAY;
    }

    /**
     * Sets the speakers (a testimony needs at least one) and, for a practical situation only, the
     * scenario and the roles to play (both needed).
     */
    public void describe(List<Speaker> newSpeakers, String newScenario, List<PlayRole> newRoles) {
        if (newSpeakers.size() > MAX_SPEAKERS) {
            throw new RuleViolation("speakers", "testimony.speakers.tooMany", MAX_SPEAKERS);
        }
        boolean rolePlay = session.getKind() == SessionKind.ROLE_PLAY;
        if (!rolePlay && newSpeakers.isEmpty()) {
            throw new RuleViolation("speakers", "testimony.speakers.required");
        }
        String checkedScenario = null;
        if (rolePlay) {
            checkedScenario = Text.required(newScenario, SCENARIO_MAX, "scenario");
            if (newRoles.isEmpty()) {
                throw new RuleViolation("roles", "testimony.roles.required");
            }
            if (newRoles.size() > MAX_ROLES) {
                throw new RuleViolation("roles", "testimony.roles.tooMany", MAX_ROLES);
            }
        } else if ((newScenario != null && !newScenario.isBlank()) || !newRoles.isEmpty()) {
            throw new RuleViolation("scenario", "testimony.scenario.rolePlayOnly");
        }
        speakers.clear();
        speakers.addAll(newSpeakers);
        scenario = checkedScenario;
        roles.clear();
        if (rolePlay) {
            roles.addAll(newRoles);
        }
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

    public Session getSession() {
        return session;
    }

    public List<Speaker> getSpeakers() {
        return Collections.unmodifiableList(speakers);
    }

    public String getScenario() {
        return scenario;
    }

    public List<PlayRole> getRoles() {
        return Collections.unmodifiableList(roles);
    }
}
