package org.parcours.domain.logbook;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Where logbook issues and their pictures are kept. */
public interface LogbookRepository {

    Optional<LogbookIssue> find(long id);

    Optional<LogbookIssue> find(long cohortId, YearMonth month);

    /** A cohort's issues, most recent month first; drafts only when asked for (a cohort has about nine). */
    List<LogbookIssue> ofCohort(long cohortId, boolean withDrafts, int max);

    Optional<LogbookPicture> picture(long pictureId);

    /** Adds a new issue, or refuses it when the cohort already has one for that month. */
    void add(LogbookIssue issue);

    /** Writes the changes now, turning a concurrent edit into a {@link org.parcours.domain.StaleEditException}. */
    void flush();
}
