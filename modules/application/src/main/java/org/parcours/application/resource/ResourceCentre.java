package org.parcours.application.resource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.work.Download;
import org.parcours.application.work.Upload;
import org.parcours.application.work.StoredUploads;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.Role;
import org.parcours.domain.resource.MarkCounts;
import org.parcours.domain.resource.ReadCount;
import org.parcours.domain.resource.ResourceMark;
import org.parcours.domain.resource.ResourceRepository;
import org.parcours.domain.resource.ResourceSearch;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;

/**
 * The resource centre. Every signed-in role reads approved resources; facilitators and admins manage
 * the centre; territory members suggest resources, which only they and the managers see until a
 * facilitator approves them. Uploaded documents pass the same checks as handed-in work.
 */
@ApplicationScoped
@Transactional
public class ResourceCentre {

    public static final int PAGE_SIZE = 20;
    private static final Role[] READERS = {Role.ADMIN, Role.FACILITATOR, Role.PARTNER, Role.TERRITORY};

    @Inject
    ResourceRepository resources;
    @Inject
    FileStore files;
    @Inject
    Access access;
    @Inject
    StoredUploads storedUploads;

    /** Whether the caller manages the centre (creates, edits, reviews, withdraws, attaches). */
    public boolean mayManage() {
        return access.holdsAny(Role.ADMIN, Role.FACILITATOR);
    }

    /** Whether the caller may suggest a resource: a member of a territory team. */
    public boolean maySuggest() {
        return access.holds(Role.TERRITORY) && access.person().isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourcePage search(ResourceSearch filters, int page) {
        access.requireAny("resource.search", READERS);
        ResourceSearch search = new ResourceSearch(filters.words(), filters.nature(), filters.phase(), filters.theme(),
                filters.type(), access.person().map(Person::getId).orElse(null), mayManage());
        int safePage = Math.max(0, Math.min(page, 10_000));
        List<org.parcours.domain.resource.Resource> found = resources.search(search, safePage * PAGE_SIZE, PAGE_SIZE);
        return new ResourcePage(views(found), resources.count(search), safePage, PAGE_SIZE);
    }

    /** A resource the caller may see, or "unknown" (a hidden suggestion is not revealed). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResourceView find(long id) {
        access.requireAny("resource.read", READERS);
        return views(List.of(visible(id))).get(0);
    }

    /** Suggestions waiting for a decision: managers only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<org.parcours.domain.resource.Resource> suggestions() {
        requireManager("resource.suggestions");
        return resources.suggestions(100);
    }

    public org.parcours.domain.resource.Resource create(@NotNull ResourceForm form, Upload upload) {
        requireManager("resource.create");
        org.parcours.domain.resource.Resource resource = org.parcours.domain.resource.Resource.publish(
                form.content(), storedUploads.store(upload, "file"), access.username(), Instant.now());
        resources.add(resource);
        return resource;
    }

    public org.parcours.domain.resource.Resource suggest(@NotNull ResourceForm form, Upload upload) {
        if (!access.holds(Role.TERRITORY)) {
            throw new AccessDenied("resource.suggest");
        }
        Person me = access.person().orElseThrow(() -> new AccessDenied("resource.suggest"));
        org.parcours.domain.resource.Resource resource = org.parcours.domain.resource.Resource.suggest(
                form.content(), storedUploads.store(upload, "file"), me, Instant.now());
        resources.add(resource);
        return resource;
    }

    public org.parcours.domain.resource.Resource revise(long id, @NotNull ResourceForm form, Upload upload) {
        requireManager("resource.revise");
        org.parcours.domain.resource.Resource resource = existing(id);
        resource.checkUnchangedSince(form.getVersion());
        resource.revise(form.content(), storedUploads.store(upload, "file"));
        resources.flush();
        return resource;
    }

    public void approve(long id, String message) {
        requireManager("resource.approve");
        existing(id).approve(message, Instant.now());
        resources.flush();
    }

    public void decline(long id, String message) {
        requireManager("resource.decline");
        existing(id).decline(message, Instant.now());
        resources.flush();
    }

    public void withdraw(long id) {
        requireManager("resource.withdraw");
        existing(id).withdraw(Instant.now());
        resources.flush();
    }

    /** Marks a resource as read and/or useful for the caller (one mark per person and resource). */
    public void mark(long id, boolean read, boolean useful) {
        access.requireAny("resource.mark", READERS);
        Person me = access.person().orElseThrow(() -> new AccessDenied("resource.mark"));
        org.parcours.domain.resource.Resource resource = visible(id);
        ResourceMark mark = resources.mark(id, me.getId()).orElse(null);
        boolean isNew = mark == null;
        if (isNew) {
            mark = new ResourceMark(resource, me);
        }
        mark.markRead(read, Instant.now());
        mark.markUseful(useful);
        if (isNew) {
            resources.add(mark);
        } else {
            resources.flush();
        }
    }

    /** Distinct resources read by each territory's members in [from, to): for the monitoring. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReadCount> readPerTerritory(@NotNull Instant from, @NotNull Instant to) {
        access.requireAny("resource.monitoring", Role.ADMIN, Role.FACILITATOR, Role.PARTNER);
        if (!from.isBefore(to)) {
            throw new RuleViolation("to", "resource.period.invalid");
        }
        return resources.readPerTerritory(from, to);
    }

    /** A document's file, for whoever may see the resource. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download file(long id) {
        access.requireAny("resource.file", READERS);
        Attachment file = visible(id).getFile();
        if (file == null) {
            throw new RuleViolation(null, "resource.unknown", id);
        }
        try {
            return new Download(file.getFileName(), file.getContentType(), file.getSize(), files.open(file.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    org.parcours.domain.resource.Resource visible(long id) {
        org.parcours.domain.resource.Resource resource = resources.find(id)
                .orElseThrow(() -> new RuleViolation(null, "resource.unknown", id));
        if (!resource.isVisibleTo(access.person().map(Person::getId).orElse(null), mayManage())) {
            throw new RuleViolation(null, "resource.unknown", id);
        }
        return resource;
    }

    private org.parcours.domain.resource.Resource existing(long id) {
        return resources.find(id).orElseThrow(() -> new RuleViolation(null, "resource.unknown", id));
    }

    private void requireManager(String what) {
        if (!mayManage()) {
            throw new AccessDenied(what);
        }
    }

    private List<ResourceView> views(List<org.parcours.domain.resource.Resource> found) {
        Map<Long, MarkCounts> counts = resources.counts(found.stream().map(r -> r.getId()).toList());
        Long me = access.person().map(Person::getId).orElse(null);
        Map<Long, ResourceMark> marks = me == null ? Map.of() : resources.marksOf(me, counts.keySet()).stream()
                .collect(java.util.stream.Collectors.toMap(m -> m.getResource().getId(), m -> m));
        return found.stream().map(r -> {
            ResourceMark mine = marks.get(r.getId());
            return new ResourceView(r, counts.getOrDefault(r.getId(), MarkCounts.NONE),
                    mine != null && mine.isRead(), mine != null && mine.isUseful());
        }).toList();
    }
}
