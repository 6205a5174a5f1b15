package org.parcours.application.exchange;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.exchange.ExchangeRepository;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.operations.JobClaims;
import org.parcours.domain.schedule.ParisTime;

/**
 * The daily digest: every morning, each person who chose it receives one email listing the previous
 * day's posts (Paris time) by others in the threads they took part in or that mention them, among
 * those they may still read. The day is claimed first (JobClaims), so that a cluster sends it once.
 */
@Singleton
public class ExchangeDigest {

    public static final String JOB = "exchange-digest";
    private static final Logger LOG = Logger.getLogger(ExchangeDigest.class.getName());
    /** A bound on one day's (person, post) pairs: far above a pilot's activity, it keeps the job bounded. */
    private static final int MAX_PAIRS = 20_000;

    @Inject
    JobClaims claims;
    @Inject
    ExchangeRepository exchange;
    @Inject
    ExchangeAccess rules;
    @Inject
    ExchangeNotices notices;

    @Schedule(hour = "6", minute = "30", timezone = "Europe/Paris", persistent = false)
    void everyMorning() {
        run(LocalDate.now(ParisTime.ZONE).minusDays(1));
    }

    /** Sends the digest of {@code day}; -1 when that day was already claimed (by this or another instance). */
    public int run(LocalDate day) {
        if (!claims.claim(JOB, day.toString())) {
            return -1;
        }
        Instant from = day.atStartOfDay(ParisTime.ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(ParisTime.ZONE).toInstant();
        Map<Long, List<Long>> pairs = exchange.digestPosts(from, to, MAX_PAIRS);
        if (pairs.isEmpty()) {
            return 0;
        }
        Map<Long, Post> posts = new HashMap<>();
        exchange.postsWithThreads(pairs.values().stream().flatMap(Collection::stream).distinct().toList())
                .forEach(p -> posts.put(p.getId(), p));
        // Who may still read each cohort's space, among the people due a digest: one query per cohort.
        Map<Long, Set<Long>> readers = new HashMap<>();
        for (Post post : posts.values()) {
            Cohort cohort = post.getThread().getCohort();
            readers.computeIfAbsent(cohort.getId(), c -> new HashSet<>(exchange.readers(c, rules.partnersMayRead(cohort),
                    pairs.keySet(), pairs.size())));
        }
        List<ExchangeMail.Message> messages = new ArrayList<>();
        for (MailPreference preference : exchange.preferences(pairs.keySet())) {
            Long person = preference.getPerson().getId();
            List<Post> readable = pairs.get(person).stream().map(posts::get)
                    .filter(p -> readers.get(p.getThread().getCohort().getId()).contains(person)).toList();
            if (!readable.isEmpty()) {
                messages.add(notices.digest(day.toString(), readable, preference));
            }
        }
        notices.send(new ExchangeMail(messages));
        LOG.info(() -> "Exchange digest of " + day + ": " + messages.size() + " email(s).");
        return messages.size();
    }
}
