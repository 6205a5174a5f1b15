package org.parcours.domain.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.cohort.CohortPeriod;
import org.parcours.domain.work.Attachment;
import org.parcours.domain.work.FileType;

class LogbookIssueTest {

    /** Stands in for the real sanitizer: marks what it cleaned, so the test sees it was called. */
    private static final HtmlSanitizer SANITIZER = html -> html.replaceAll("(?s)<script.*?</script>", "");
    private static final Instant NOW = Instant.parse("2026-03-31T10:00:00Z");
    private final Cohort cohort = new Cohort("Cohorte", CohortPeriod.nineMonthsFrom(LocalDate.of(2026, 2, 1)));

    private LogbookIssue draft() {
        return LogbookIssue.draft(cohort, YearMonth.of(2026, 3),
                new LogbookContent("Mars", "<p>Enjeux</p><script>alert(1)</script>", "<p>Pratiques</p>", ""),
                SANITIZER, "claire", NOW);
    }

    @Test
    void a_draft_keeps_its_sections_cleaned() {
        LogbookIssue issue = draft();
        assertThat(issue.getStatus()).isEqualTo(LogbookStatus.DRAFT);
        assertThat(issue.getChallenges()).isEqualTo("<p>Enjeux</p>");
        assertThat(issue.section(LogbookSection.PRACTICES)).isEqualTo("<p>Pratiques</p>");
        assertThat(issue.month()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void an_emptied_editor_leaves_an_empty_section() {
        LogbookIssue issue = draft();
        issue.revise(new LogbookContent("Mars", "<p><br></p>", "<p>&nbsp;</p>", "<p>Photo</p>"), SANITIZER, "claire", NOW);
        assertThat(issue.getChallenges()).isEmpty();
        assertThat(issue.getPractices()).isEmpty();
        assertThat(issue.getIllustrations()).isEqualTo("<p>Photo</p>");
    }

    @Test
    void a_month_outside_the_cohort_is_refused() {
        assertThatThrownBy(() -> LogbookIssue.draft(cohort, YearMonth.of(2026, 1),
                new LogbookContent("Janvier", "", "", ""), SANITIZER, "claire", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("month");
        assertThat(LogbookIssue.coversPathMonth(cohort, YearMonth.of(2026, 11))).isTrue();
        assertThat(LogbookIssue.coversPathMonth(cohort, YearMonth.of(2026, 12))).isFalse();
    }

    @Test
    void title_is_required_and_sections_bounded() {
        LogbookIssue issue = draft();
        assertThatThrownBy(() -> issue.revise(new LogbookContent(" ", "", "", ""), SANITIZER, "claire", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("title");
        String tooLong = "<p>" + "a".repeat(LogbookIssue.SECTION_MAX) + "</p>";
        assertThatThrownBy(() -> issue.revise(new LogbookContent("T", "", tooLong, ""), SANITIZER, "claire", NOW))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("practices");
        assertThat(issue.getTitle()).isEqualTo("Mars");
    }

    @Test
    void a_published_issue_is_archived_and_changes_no_more() {
        LogbookIssue issue = draft();
        assertThat(issue.isReadableBy(false)).isFalse();
        issue.publish("claire", NOW);
        assertThat(issue.isPublished()).isTrue();
        assertThat(issue.isReadableBy(false)).isTrue();
        assertThat(issue.getPublishedBy()).isEqualTo("claire");
        assertThatThrownBy(() -> issue.revise(new LogbookContent("X", "", "", ""), SANITIZER, "claire", NOW))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("logbook.published.readOnly");
        assertThatThrownBy(() -> issue.publish("claire", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void an_empty_issue_is_not_published() {
        LogbookIssue issue = LogbookIssue.draft(cohort, YearMonth.of(2026, 3),
                new LogbookContent("Vide", "<p></p>", "", "<p> </p>"), SANITIZER, "claire", NOW);
        assertThatThrownBy(() -> issue.publish("claire", NOW))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("logbook.publish.empty");
    }

    @Test
    void pictures_are_images_with_a_text_alternative() {
        LogbookIssue issue = draft();
        Attachment png = new Attachment("stored", "photo.png", FileType.PNG, 1000);
        issue.addPicture(png, "Visite à Redon");
        assertThat(issue.getPictures()).extracting(LogbookPicture::getAlternative).containsExactly("Visite à Redon");
        assertThatThrownBy(() -> issue.addPicture(new Attachment("s", "a.pdf", FileType.PDF, 10), "x"))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("logbook.picture.notImage");
        assertThatThrownBy(() -> issue.addPicture(png, " "))
                .isInstanceOf(RuleViolation.class).extracting("field").isEqualTo("alternative");
        assertThatThrownBy(() -> issue.addPicture(new Attachment("s", "big.jpg", FileType.JPEG, LogbookPicture.MAX_BYTES + 1),
                "x")).isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("upload.tooLarge");
        for (int i = 1; i < LogbookIssue.MAX_PICTURES; i++) {
            issue.addPicture(png, "photo " + i);
        }
        assertThatThrownBy(() -> issue.addPicture(png, "one too many"))
                .isInstanceOf(RuleViolation.class).extracting("messageKey").isEqualTo("logbook.picture.tooMany");
    }

    @Test
    void a_stale_edit_is_refused() {
        LogbookIssue issue = draft();
        assertThatThrownBy(() -> issue.checkUnchangedSince(3)).isInstanceOf(StaleEditException.class);
        issue.checkUnchangedSince(0);
    }
}
