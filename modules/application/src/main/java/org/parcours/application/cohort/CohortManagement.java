package org.parcours.application.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.audit.AuditTrail;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;

/**
 * Opening a cohort and revising it. Admins and facilitators open cohorts; a cohort is revised by an
 * admin or by one of its own facilitators. Admins and facilitators read every cohort; partners read
 * the cohorts they follow, territory members those their territories take part in. A cohort opened
 * from a programme gets its schedule at once.
 */
@ApplicationScoped
@Transactional
public class CohortManagement {

    @Inject
    CohortRepository cohorts;

    @Inject
    TerritoryRepository territories;

    @Inject
    PersonRepository people;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    ScheduleManagement schedules;

    public Cohort open(@NotNull @Valid CohortForm form) {
        access.requireAny("cohort.open", Role.ADMIN, Role.FACILITATOR);
        refuseTakenName(form.getName(), null);
        Cohort cohort = new Cohort(form.getName(), periodOf(form));
        arrange(cohort, form);
        cohorts.add(cohort);
        if (form.getProgrammeId() != null) {
            // Same transaction: a schedule that cannot be generated leaves no cohort behind.
            schedules.generateForNewCohort(cohort, form.getProgrammeId());
        }
        audit.change(AuditAction.COHORT_OPENED, "cohort " + cohort.getId(), describe(cohort));
        return cohort;
    }

    public Cohort revise(long id, @NotNull @Valid CohortForm form) {
        Cohort cohort = cohorts.findWithDetails(id)
                .orElseThrow(() -> new RuleViolation(null, "cohort.unknown", id));
        requireManager(cohort);
        cohort.checkUnchangedSince(form.getVersion());
        refuseTakenName(form.getName(), cohort);
        cohort.rename(form.getName());
        List<Cohort> others = cohorts.followedBy(cohort.getTerritories().stream().map(Territory::getId).toList());
        cohort.reschedule(periodOf(form), others);
        arrange(cohort, form);
        cohorts.flush();
        audit.change(AuditAction.COHORT_REVISED, "cohort " + cohort.getId(), describe(cohort));
        return cohort;
    }

    /** Whether the caller may revise this cohort: an admin, or one of its facilitators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayManage(Cohort cohort) {
        if (access.holds(Role.ADMIN)) {
            return true;
        }
        String username = access.username();
        return access.holds(Role.FACILITATOR)
                && cohort.getFacilitators().stream().anyMatch(p -> p.getUsername().equals(username));
    }

    /**
     * The cohort, when the caller may read it (see {@link Access#mayRead(Cohort)}); empty when there is
     * no such cohort.
     *
     * @throws AccessDenied when it exists but the caller may not read it
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Cohort> find(long id) {
        Optional<Cohort> cohort = cohorts.findWithDetails(id);
        if (cohort.isPresent() && !access.mayRead(cohort.get())) {
            throw new AccessDenied("cohort.read");
        }
        return cohort;
    }

    /** The cohorts the caller may read, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> list(int first, int max) {
        return cohorts.list(access.cohortScope(), first, Math.min(max, 500));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return cohorts.count(access.cohortScope());
    }

    /** The cohorts a territory follows that the caller may read, latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> followedBy(long territoryId) {
        return cohorts.followedBy(territoryId).stream().filter(access::mayRead).toList();
    }

    /** The people who may be chosen to follow a cohort as partners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> partners() {
        return people.withRole(Role.PARTNER, 500);
    }

    /** The people who may be chosen to run a cohort. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> facilitators() {
        return people.withRole(Role.FACILITATOR, 500);
    }

    private void requireManager(Cohort cohort) {
        if (!mayManage(cohort)) {
            throw new AccessDenied("cohort.revise");
        }
    }

    private void arrange(Cohort cohort, CohortForm form) {
        List<Territory> chosen = territories.findAll(form.getTerritoryIds());
        if (chosen.size() != form.getTerritoryIds().stream().distinct().count()) {
            throw new RuleViolation("territories", "territory.unknown", form.getTerritoryIds());
        }
        cohort.enrol(chosen, cohorts.followedBy(form.getTerritoryIds()));
        List<Person> facilitators = people.findAll(form.getFacilitatorIds());
        if (facilitators.size() != form.getFacilitatorIds().stream().distinct().count()) {
            throw new RuleViolation("facilitators", "person.unknown", form.getFacilitatorIds());
        }
        cohort.assignFacilitators(facilitators);
        List<Person> partners = people.findAll(form.getPartnerIds());
        if (partners.size() != form.getPartnerIds().stream().distinct().count()) {
            throw new RuleViolation("partners", "person.unknown", form.getPartnerIds());
        }
        cohort.assignPartners(partners);
    }

    private static String describe(Cohort cohort) {
        return cohort.getName() + " (" + cohort.getPeriod().getStartDate() + " – " + cohort.getPeriod().getEndDate()
                + "); territories " + cohort.getTerritories().stream().map(Territory::getId).sorted().toList()
                + "; facilitators " + cohort.getFacilitators().stream().map(Person::getUsername).sorted().toList()
                + "; partners " + cohort.getPartners().stream().map(Person::getUsername).sorted().toList();
    }

    private static CohortPeriod periodOf(CohortForm form) {
        return form.getEndDate() == null
                ? CohortPeriod.nineMonthsFrom(form.getStartDate())
                : CohortPeriod.between(form.getStartDate(), form.getEndDate());
    }

    private void refuseTakenName(String name, Cohort except) {
        String wanted = name == null ? "" : name.strip();
        cohorts.findByName(wanted)
                .filter(other -> other != except)
                .ifPresent(other -> {
                    throw new RuleViolation("name", "cohort.name.duplicate", wanted);
                });
    }
}
