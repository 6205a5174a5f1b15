package org.parcours.domain.schedule;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/**
 * The template of a path: its phases, in order, and the sessions placed by month and week. A cohort
 * created from a programme gets its concrete schedule from it ({@link ScheduleGenerator}).
 */
@Entity
@Table(name = "programme")
public class Programme implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 120;
    public static final int PHASE_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @ElementCollection
    @CollectionTable(name = "programme_phase", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    @Column(name = "title", nullable = false, length = PHASE_MAX)
    private List<String> phases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "programme_session", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<SessionTemplate> sessions = new ArrayList<>();

    protected Programme() {
        // for JPA
    }

    public Programme(String name, List<String> phases) {
        this.name = Text.required(name, NAME_MAX, "name");
        if (phases == null || phases.isEmpty()) {
            throw new RuleViolation("phases", "field.required");
        }
        for (int i = 0; i < phases.size(); i++) {
            this.phases.add(Text.required(phases.get(i), PHASE_MAX, "phases." + i));
        }
    }

    /** Places a session in the programme; its phase must be one of the programme's. */
    public void place(SessionTemplate template) {
        if (template.getPhase() < 0 || template.getPhase() >= phases.size()) {
            throw new RuleViolation("phase", "programme.template.phase");
        }
        sessions.add(template);
    }

    /** Takes a session template out of the programme (cohorts already generated keep their sessions). */
    public void remove(int templateIndex) {
        if (templateIndex < 0 || templateIndex >= sessions.size()) {
            throw new RuleViolation(null, "programme.template.unknown");
        }
        sessions.remove(templateIndex);
    }

    public void checkUnchangedSince(long versionSeenByUser) {
        org.parcours.domain.StaleEditException.check(version, versionSeenByUser);
    }

    public String phaseTitle(int index) {
        return phases.get(index);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public List<String> getPhases() {
        return Collections.unmodifiableList(phases);
    }

    public List<SessionTemplate> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    @Override
    public String toString() {
        return "Programme[" + id + ", " + name + "]";
    }
}
