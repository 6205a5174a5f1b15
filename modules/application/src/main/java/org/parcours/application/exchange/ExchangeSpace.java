package org.parcours.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.work.Download;
import org.parcours.application.work.StoredUploads;
import org.parcours.application.work.Upload;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortRepository;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.exchange.MailFrequency;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.exchange.Mentions;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.person.Person;
import org.parcours.domain.person.PersonRepository;
import org.parcours.domain.visit.Theme;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileStore;

/**
 * A cohort's exchange space: its threads and posts, with mentions, attached files and moderation. An
 * unknown thread and one the caller may not read answer the same "unknown" only for posts and files;
 * pages and the API answer 403 for a cohort or thread the caller may not read.
 */
@ApplicationScoped
@Transactional
public class ExchangeSpace {

    public static final int THREADS_PER_PAGE = 20;
    public static final int POSTS_PER_PAGE = 20;
    private static final int MAX_PARTICIPANTS = 500;
    private static final int MAX_PICKER = 500;

    @Inject
    ExchangeRepository exchange;
    @Inject
    CohortRepository cohorts;
    @Inject
    PersonRepository people;
    @Inject
    FileStore files;
    @Inject
    StoredUploads uploads;
    @Inject
    ExchangeAccess rules;
    @Inject
    Access access;
    @Inject
    ExchangeNotices notices;
    @Inject
    Event<ExchangeMail> mail;
    @Inject
    ExchangeDigest digest;

    /** The cohort, if the caller may read its exchange space; AccessDenied otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort cohort(long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RuleViolation(null, "exchange.cohort.unknown"));
        if (!rules.mayRead(cohort)) {
            throw new AccessDenied("exchange.read");
        }
        return cohort;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged<DiscussionThread> threads(long cohortId, Theme theme, int page) {
        cohort(cohortId);
        int safePage = Math.max(0, Math.min(page, 100_000));
        return new Paged<>(exchange.threads(cohortId, theme, safePage * THREADS_PER_PAGE, THREADS_PER_PAGE),
                exchange.countThreads(cohortId, theme), safePage, THREADS_PER_PAGE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayPost(long cohortId) {
        return rules.mayPost(cohort(cohortId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayModerate(long cohortId) {
        return rules.mayModerate(cohort(cohortId));
    }

    /** One page of a thread (hidden posts only for moderators); AccessDenied if the caller may not read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ThreadView open(long threadId, int page) {
        DiscussionThread thread = readable(threadId);
        boolean moderator = rules.mayModerate(thread.getCohort());
        int safePage = Math.max(0, Math.min(page, 100_000));
        Paged<Post> posts = new Paged<>(exchange.posts(threadId, moderator, safePage * POSTS_PER_PAGE, POSTS_PER_PAGE),
                exchange.countPosts(threadId, moderator), safePage, POSTS_PER_PAGE);
        return new ThreadView(thread, posts, !thread.isLocked() && rules.mayPost(thread.getCohort()), moderator);
    }

    /** The people a post may mention in this thread (the picker): those who can read it, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> mentionable(long threadId) {
        Cohort cohort = readable(threadId).getCohort();
        return people.findAll(exchange.readers(cohort.getId(), rules.partnersMayRead(cohort), null, MAX_PICKER));
    }

    public DiscussionThread start(long cohortId, @NotNull ThreadForm form, Upload upload) {
        Cohort cohort = cohort(cohortId);
        Person me = poster(cohort);
        DiscussionThread thread = new DiscussionThread(cohort, form.getTheme(), form.getTitle(), me, Instant.now());
        Post first = thread.post(me, form.getBody(), uploads.store(upload, "file"), Instant.now());
        exchange.add(thread);
        exchange.add(first);
        notify(first, me);
        return thread;
    }

    /** A reply; {@code picked} is a username chosen in the picker (mentioned as if typed). */
    public Post reply(long threadId, String body, String picked, Upload upload) {
        DiscussionThread thread = readable(threadId);
        Person me = poster(thread.getCohort());
        String text = picked == null || picked.isBlank() || body == null || body.isBlank() ? body
                : "@" + picked.strip() + " " + body.strip();
        Post post = thread.post(me, text, uploads.store(upload, "file"), Instant.now());
        exchange.add(post);
        notify(post, me);
        return post;
    }

    /** The author rewrites their post (optimistic locking on the post). */
    public void rewrite(long postId, String body, long version) {
        Post post = readablePost(postId);
        if (!post.isWrittenBy(access.username()) || !rules.mayPost(post.getThread().getCohort())) {
            throw new AccessDenied("exchange.rewrite");
        }
        post.rewrite(body, version, Instant.now());
        exchange.flush();
    }

    public void hide(long postId, String reason) {
        Post post = moderated(postId);
        post.hide(reason, access.username());
        exchange.flush();
    }

    public void unhide(long postId) {
        moderated(postId).show();
        exchange.flush();
    }

    public void lock(long threadId, long version, boolean locked) {
        DiscussionThread thread = readable(threadId);
        if (!rules.mayModerate(thread.getCohort())) {
            throw new AccessDenied("exchange.lock");
        }
        if (locked) {
            thread.lock(version);
        } else {
            thread.unlock(version);
        }
        exchange.flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExchangeSettings settings(long cohortId) {
        Cohort cohort = cohort(cohortId);
        return exchange.settings(cohortId).orElseGet(() -> new ExchangeSettings(cohort));
    }

    /** The cohort's facilitators (and admins) let its partners read the exchange space, or stop it. */
    public void letPartnersRead(long cohortId, boolean allowed, long version) {
        Cohort cohort = cohort(cohortId);
        if (!rules.mayModerate(cohort)) {
            throw new AccessDenied("exchange.settings");
        }
        ExchangeSettings settings = exchange.settings(cohortId).orElse(null);
        if (settings == null) {
            settings = new ExchangeSettings(cohort);
            settings.letPartnersRead(allowed, version);
            exchange.add(settings);
        } else {
            settings.letPartnersRead(allowed, version);
            exchange.flush();
        }
    }

    /** A post's attached file, for whoever may read the post. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download file(long postId) {
        Post post = readablePost(postId);
        Attachment file = post.getFile();
        if (file == null) {
            throw new RuleViolation(null, "exchange.post.unknown");
        }
        try {
            return new Download(file.getFileName(), file.getContentType(), file.getSize(), files.open(file.getStoredName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the daily digest of {@code day} now (admins; the tests' way in): -1 if that day was already sent. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int runDigest(@NotNull java.time.LocalDate day) {
        access.requireAny("exchange.digest", org.parcours.domain.person.Role.ADMIN);
        return digest.run(day);
    }

    private DiscussionThread readable(long threadId) {
        DiscussionThread thread = exchange.thread(threadId)
                .orElseThrow(() -> new RuleViolation(null, "exchange.thread.unknown"));
        if (!rules.mayRead(thread.getCohort())) {
            throw new AccessDenied("exchange.read");
        }
        return thread;
    }

    /** A post the caller may see: hidden posts exist only for moderators. */
    private Post readablePost(long postId) {
        Post post = exchange.post(postId).orElseThrow(() -> new RuleViolation(null, "exchange.post.unknown"));
        Cohort cohort = post.getThread().getCohort();
        if (!rules.mayRead(cohort)) {
            throw new AccessDenied("exchange.read");
        }
        if (post.isHidden() && !rules.mayModerate(cohort)) {
            throw new RuleViolation(null, "exchange.post.unknown");
        }
        return post;
    }

    private Post moderated(long postId) {
        Post post = readablePost(postId);
        if (!rules.mayModerate(post.getThread().getCohort())) {
            throw new AccessDenied("exchange.moderate");
        }
        return post;
    }

    private Person poster(Cohort cohort) {
        if (!rules.mayPost(cohort)) {
            throw new AccessDenied("exchange.post");
        }
        return access.person().orElseThrow(() -> new AccessDenied("exchange.post"));
    }

    /**
     * Records the post's mentions (only of people who may read the thread: a mention of anyone else is
     * ignored, without telling whether they exist) and emails, after commit, the mentioned and the
     * thread's participants who chose immediate emails.
     */
    private void notify(Post post, Person author) {
        Cohort cohort = post.getThread().getCohort();
        boolean partners = rules.partnersMayRead(cohort);
        Map<Long, Person> mentionedPeople = new HashMap<>();
        for (String username : Mentions.in(post.getBody())) {
            people.findByUsername(username).filter(p -> !p.getId().equals(author.getId()))
                    .ifPresent(p -> mentionedPeople.put(p.getId(), p));
        }
        // One query keeps only those who may read the thread, among the mentioned and the participants.
        Set<Long> mentioned = new LinkedHashSet<>(exchange.readers(cohort.getId(), partners, mentionedPeople.keySet(),
                Mentions.MAX));
        exchange.mention(post.getId(), mentioned);
        Set<Long> participants = new LinkedHashSet<>(exchange.participants(post.getThread().getId(), MAX_PARTICIPANTS));
        participants.remove(author.getId());
        participants.removeAll(mentioned);
        Set<Long> everyone = new LinkedHashSet<>(mentioned);
        everyone.addAll(exchange.readers(cohort.getId(), partners, participants, MAX_PARTICIPANTS));
        if (everyone.isEmpty()) {
            return;
        }
        Map<Long, MailPreference> preferences = new HashMap<>();
        exchange.preferences(everyone).forEach(p -> preferences.put(p.getPerson().getId(), p));
        Map<Long, Person> byId = new HashMap<>();
        people.findAll(everyone).forEach(p -> byId.put(p.getId(), p));
        List<ExchangeMail.Message> messages = new ArrayList<>();
        for (Long id : everyone) {
            MailPreference preference = preferences.get(id);
            if (preference != null && preference.getFrequency() != MailFrequency.IMMEDIATE || !byId.containsKey(id)) {
                continue;
            }
            if (preference == null) {
                preference = new MailPreference(byId.get(id));
                exchange.add(preference);
            }
            messages.add(notices.about(mentioned.contains(id) ? "mention" : "reply", post, preference));
        }
        if (!messages.isEmpty()) {
            mail.fire(new ExchangeMail(messages));
        }
    }
}
