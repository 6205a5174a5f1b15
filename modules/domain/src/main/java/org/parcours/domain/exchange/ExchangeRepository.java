package org.parcours.domain.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcours.domain.visit.Theme;

/** Where threads, posts, mentions, cohort settings and mail preferences are kept. Every list is bounded. */
public interface ExchangeRepository {

    Optional<DiscussionThread> thread(long id);

    /** A cohort's threads (on one theme when given), latest activity first, one page. */
    List<DiscussionThread> threads(long cohortId, Theme theme, int first, int max);

    long countThreads(long cohortId, Theme theme);

    Optional<Post> post(long id);

    /** A thread's posts, oldest first, one page; hidden ones only when asked (moderators). */
    List<Post> posts(long threadId, boolean withHidden, int first, int max);

    long countPosts(long threadId, boolean withHidden);

    /** The people who posted in the thread (its participants), at most {@code max}. */
    List<Long> participants(long threadId, int max);

    /** Records whom a post mentions (only people allowed to read it). */
    void mention(long postId, Collection<Long> personIds);

    /**
     * Active people who may read a cohort's exchange space, in one query: admins and facilitators, the
     * members of its territories' teams holding the territory role, and its partners when
     * {@code partners} (the cohort allows them); only among {@code among} when given; at most
     * {@code max}, by name.
     */
    List<Long> readers(long cohortId, boolean partners, Collection<Long> among, int max);

    /**
     * For the daily digest: for each person who chose it, the visible posts of [from, to) written by
     * others in threads where they posted or that mention them. At most {@code max} pairs.
     */
    Map<Long, List<Long>> digestPosts(Instant from, Instant to, int max);

    /** Posts by id, with their thread, cohort and author loaded. */
    List<Post> postsWithThreads(Collection<Long> ids);

    Optional<ExchangeSettings> settings(long cohortId);

    Optional<MailPreference> preference(long personId);

    List<MailPreference> preferences(Collection<Long> personIds);

    Optional<MailPreference> preferenceByToken(String token);

    void add(DiscussionThread thread);

    void add(Post post);

    void add(ExchangeSettings settings);

    void add(MailPreference preference);

    void flush();
}
