package org.parcours.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds whom personal data is about: a person with their memberships, and those the retention period reaches. */
public interface PersonalDataRepository {

    /** The person's account with their team memberships (matched by email), when they exist. */
    Optional<DataSubject> subject(long personId);

    /** Cohorts that ended before the date and whose personal data has not been anonymised yet. */
    List<Long> cohortsEndedBefore(LocalDate date);

    /**
     * Who the retention period reaches through these cohorts: the people of their territories' teams
     * none of whose memberships is in a territory following a cohort that ends on or after
     * {@code keepFrom} (or following none yet), with all their memberships; with their account when
     * it holds the territory role only (facilitators, partners and admins keep theirs). Already
     * erased memberships are left out.
     */
    List<DataSubject> subjectsOnlyIn(List<Long> cohortIds, LocalDate keepFrom);

    /** Records that the cohorts' personal data was anonymised (so the job does not look at them again). */
    void markAnonymised(List<Long> cohortIds, Instant when);
}
