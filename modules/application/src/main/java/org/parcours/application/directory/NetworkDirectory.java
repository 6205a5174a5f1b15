package org.parcours.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.exchange.Paged;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.directory.DirectoryRepository;
import org.parcours.domain.directory.DirectorySearch;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;

/**
 * The network directory: every signed-in person searches it; each person decides whether they appear
 * and which optional fields (email, phone, expertise, themes) are shown. Default: not listed; once
 * listed, name, roles and territories only, until more is chosen.
 */
@ApplicationScoped
@Transactional
public class NetworkDirectory {

    public static final int PAGE_SIZE = 20;
    private static final Role[] READERS = {Role.ADMIN, Role.FACILITATOR, Role.PARTNER, Role.TERRITORY};

    @Inject
    DirectoryRepository directory;
    @Inject
    Access access;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<DirectoryCard> search(@NotNull DirectorySearch search, int page) {
        access.requireAny("directory.search", READERS);
        int safePage = Math.max(0, Math.min(page, 100_000));
        List<DirectoryEntry> entries = directory.search(search, safePage * PAGE_SIZE, PAGE_SIZE);
        Map<String, List<String>> territories = directory.territoriesOf(
                entries.stream().map(e -> e.getPerson().getEmail().getValue()).toList());
        List<DirectoryCard> cards = entries.stream().map(e -> DirectoryCard.of(e,
                territories.getOrDefault(e.getPerson().getEmail().getValue(), List.of()))).toList();
        return new Paged<>(cards, directory.count(search), safePage, PAGE_SIZE);
    }

    /** The caller's own entry as a form (a new one is not listed and shows nothing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectoryForm mine() {
        Person me = me();
        return directory.ofPerson(me.getId()).map(DirectoryForm::of).orElseGet(DirectoryForm::new);
    }

    public void save(@NotNull DirectoryForm form) {
        Person me = me();
        DirectoryEntry entry = directory.ofPerson(me.getId()).orElse(null);
        boolean isNew = entry == null;
        if (isNew) {
            entry = new DirectoryEntry(me, Instant.now());
        }
        entry.describe(form.getPhone(), form.getExpertise(), List.of(form.getThemes()), form.getVersion(), Instant.now());
        entry.choose(form.isListed(), form.isShowEmail(), form.isShowPhone(), form.isShowExpertise(), form.isShowThemes());
        if (isNew) {
            directory.add(entry);
        } else {
            directory.flush();
        }
    }

    private Person me() {
        access.requireAny("directory.entry", READERS);
        return access.person().orElseThrow(() -> new AccessDenied("directory.entry"));
    }
}
