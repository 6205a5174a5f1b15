package org.parcours.application.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.parcours.domain.schedule.Programme;

/** A new programme as typed: its name and its phases, one per line. */
public class ProgrammeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Programme.NAME_MAX)
    private String name;
    @NotBlank
    @Size(max = 2000)
    private String phases;

    /** The phases typed, without blank lines. */
    public List<String> phaseList() {
        return phases == null ? List.of() : phases.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhases() { return phases; }
    public void setPhases(String phases) { this.phases = phases; }
}
