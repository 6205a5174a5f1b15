package org.parcours.domain.operations;

/**
 * One run per job and period across every instance: each instance's timer fires, the first to claim
 * the period does the work, the others find it claimed and do nothing. The claim is recorded and
 * committed before the work starts, so an email is never sent twice for the same period.
 */
public interface JobClaims {

    /**
     * Claims {@code period} (e.g. "2026-11" for a monthly job, "2026-11-26" for a daily one) of
     * {@code job}. Returns true to exactly one caller in the cluster, false to every later one.
     */
    boolean claim(String job, String period);
}
