package org.parcours.application.work;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.parcours.domain.schedule.ParisTime;
import org.parcours.domain.work.Assignment;

/** An assignment as typed: instructions and a due day and time (Paris time). */
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Assignment.INSTRUCTIONS_MAX)
    private String instructions;
    @NotNull
    private LocalDate dueDate;
    @NotNull
    private LocalTime dueTime = LocalTime.of(18, 0);
    private long version;

    public static AssignmentForm of(Assignment a) {
        AssignmentForm f = new AssignmentForm();
        f.instructions = a.getInstructions();
        f.dueDate = ParisTime.dayOf(a.getDueAt());
        f.dueTime = a.getDueAt().atZone(ParisTime.ZONE).toLocalTime();
        f.version = a.getVersion();
        return f;
    }

    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public LocalTime getDueTime() { return dueTime; }
    public void setDueTime(LocalTime dueTime) { this.dueTime = dueTime; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
