package org.parcours.application.territory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Role;
import org.parcours.domain.territory.EmailAddress;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryRepository;
import org.parcours.domain.territory.TerritorySearch;

/** Registering pilot territories, revising them and their teams, finding them. */
@ApplicationScoped
@Transactional
public class TerritoryManagement {

    private static final Role[] EDITORS = {Role.ADMIN, Role.FACILITATOR};

    @Inject
    TerritoryRepository territories;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    /** Registers a new territory with its team. A name already taken is refused. */
    public Territory register(@NotNull @Valid TerritoryForm form) {
        access.requireAny("territory.register", EDITORS);
        refuseTakenName(form.getName(), null);
        Territory territory = new Territory(form.getName(), form.getKind(), form.getRegion());
        applyTeam(territory, form.getMembers());
        territories.add(territory);
        audit.change(AuditAction.TERRITORY_REGISTERED, "territory " + territory.getId(), team(territory));
        return territory;
    }

    /** Revises a territory and its team, unless someone else saved it since the form was opened. */
    public Territory revise(long id, @NotNull @Valid TerritoryForm form) {
        access.requireAny("territory.revise", EDITORS);
        Territory territory = territories.findWithMembers(id)
                .orElseThrow(() -> new RuleViolation(null, "territory.unknown", id));
        territory.checkUnchangedSince(form.getVersion());
        refuseTakenName(form.getName(), territory);
        territory.describe(form.getName(), form.getKind(), form.getRegion());
        applyTeam(territory, form.getMembers());
        territories.flush();
        // The team decides who belongs to the territory, hence who may read its work: an access change.
        audit.change(AuditAction.TERRITORY_REVISED, "territory " + territory.getId(), team(territory));
        return territory;
    }

    /** Whether the caller may see this territory's team's emails (personal data). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean maySeeTeamContacts(long territoryId) {
        return access.maySeeTeamContacts(territoryId);
    }

    private static String team(Territory territory) {
        return territory.getName() + "; team " + territory.getMembers().stream()
                .map(m -> m.getEmail().getValue()).sorted().toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Territory> find(long id) {
        return territories.findWithMembers(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Territory> search(TerritorySearch search, int first, int max) {
        return territories.search(search, first, Math.min(max, 500));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(TerritorySearch search) {
        return territories.count(search);
    }

    private void refuseTakenName(String name, Territory except) {
        String wanted = name == null ? "" : name.strip();
        territories.findByName(wanted)
                .filter(other -> other != except)
                .ifPresent(other -> {
                    throw new RuleViolation("name", "territory.name.duplicate", wanted);
                });
    }

    /** Makes the team match the form: new rows join, changed rows are updated, missing rows leave. */
    private static void applyTeam(Territory territory, List<MemberForm> rows) {
        Set<Long> kept = new HashSet<>();
        rows.stream().map(MemberForm::getId).filter(id -> id != null).forEach(kept::add);
        territory.getMembers().stream()
                .map(Member::getId)
                .filter(id -> id != null && !kept.contains(id))
                .toList()
                .forEach(territory::removeMember);
        for (int i = 0; i < rows.size(); i++) {
            MemberForm row = rows.get(i);
            try {
                EmailAddress email = EmailAddress.of(row.getEmail(), "email");
                if (row.getId() == null) {
                    territory.addMember(row.getFullName(), email, row.getTeamRole(), row.getOrganisation());
                } else {
                    territory.updateMember(row.getId(), row.getFullName(), email, row.getTeamRole(),
                            row.getOrganisation());
                }
            } catch (RuleViolation e) {
                String field = e.field() == null ? null : "members." + i + "." + e.field();
                throw new RuleViolation(field, e.messageKey(), e.arguments());
            }
        }
    }
}
