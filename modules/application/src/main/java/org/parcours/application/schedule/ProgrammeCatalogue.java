package org.parcours.application.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Role;
import org.parcours.domain.schedule.DefaultProgramme;
import org.parcours.domain.schedule.Programme;
import org.parcours.domain.schedule.ProgrammeRepository;
import org.parcours.domain.schedule.SessionTemplate;

/**
 * The programme templates cohorts are generated from: everyone signed in reads them, admins and
 * facilitators create them and place or remove their session templates. Changing a programme never
 * changes the sessions of cohorts already generated from it.
 */
@ApplicationScoped
@Transactional
public class ProgrammeCatalogue {

    @Inject
    ProgrammeRepository programmes;
    @Inject
    Access access;

    /** Every programme; the default one of the source document is made the first time. */
    public List<Programme> list() {
        if (programmes.findByName(DefaultProgramme.NAME).isEmpty()) {
            programmes.add(DefaultProgramme.build());
        }
        return programmes.list(100);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Programme> find(long id) {
        return programmes.find(id);
    }

    public Programme create(@NotNull @Valid ProgrammeForm form) {
        access.requireAny("programme.create", Role.ADMIN, Role.FACILITATOR);
        if (programmes.findByName(form.getName().strip()).isPresent()) {
            throw new RuleViolation("name", "programme.name.duplicate", form.getName().strip());
        }
        Programme programme = new Programme(form.getName(), form.phaseList());
        programmes.add(programme);
        return programme;
    }

    public Programme place(long programmeId, @NotNull @Valid TemplateForm form) {
        access.requireAny("programme.edit", Role.ADMIN, Role.FACILITATOR);
        Programme programme = programme(programmeId);
        programme.place(new SessionTemplate(form.getPhase(), form.getMonth(), form.getWeek(), form.getWeekday(),
                form.getStartTime(), form.getDurationMinutes(), form.getKind(), form.getFormat(), form.getTitle(),
                form.getAgenda()));
        return programme;
    }

    public Programme remove(long programmeId, int templateIndex) {
        access.requireAny("programme.edit", Role.ADMIN, Role.FACILITATOR);
        Programme programme = programme(programmeId);
        programme.remove(templateIndex);
        return programme;
    }

    private Programme programme(long id) {
        return programmes.find(id).orElseThrow(() -> new RuleViolation(null, "programme.unknown", id));
    }
}
