package org.parcours.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.parcours.domain.schedule.FrenchHolidays;

/** What the schedule tests share: the demo cohort, a session form filled in, the schedule export read back. */
final class Schedules {

    static final String DEMO_COHORT = "Parcours pilote co-construction territoriale (démo)";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Schedules() {
    }

    /** The id of the demo cohort, from its link in the cohort list. */
    static long demoCohortId(Browser browser) throws IOException {
        HtmlPage cohort = browser.open("cohorts/index.xhtml").getAnchorByText(DEMO_COHORT).click();
        String query = cohort.getUrl().getQuery();
        return Long.parseLong(query.replaceAll(".*id=(\\d+).*", "$1"));
    }

    /** A working Wednesday some weeks from now (inside the demo cohort, which runs until eight months from now). */
    static LocalDate wednesdayIn(int weeks) {
        LocalDate day = LocalDate.now().plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        while (!FrenchHolidays.isWorkingDay(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    /** Fills the session form: title, kind, format, day, hours and the format's venue or link. */
    static void fill(HtmlPage form, String title, String kind, String format, LocalDate day, String start, String end) {
        Browser.type(form, "form:title", title);
        select(form, "form:kind_input", kind);
        select(form, "form:format_input", format);
        Browser.type(form, "form:date_input", day.format(DAY));
        Browser.type(form, "form:start_input", start);
        Browser.type(form, "form:end_input", end);
        if (!format.equals("REMOTE")) {
            Browser.type(form, "form:venueName", "Salle du conseil");
            Browser.type(form, "form:venueAddress", "1 place de la Mairie, 35600 Redon");
            Browser.type(form, "form:venueCapacity", "80");
        }
        if (!format.equals("IN_PERSON")) {
            Browser.type(form, "form:videoLink", "https://visio.example.org/parcours");
        }
    }

    /** The editor saved and went to the session's page (else the page's messages say why). */
    static HtmlPage assertSaved(HtmlPage page) {
        org.assertj.core.api.Assertions.assertThat(page.getUrl().getPath()).as(page.asNormalizedText())
                .endsWith("/schedule/session.xhtml");
        return page;
    }

    static void typeText(HtmlPage page, String id, String text) {
        ((org.htmlunit.html.HtmlTextArea) page.getElementById(id)).setText(text);
    }

    static void select(HtmlPage page, String id, String value) {
        HtmlSelect select = (HtmlSelect) page.getElementById(id);
        select.setSelectedAttribute(select.getOptionByValue(value), true);
    }

    static void check(HtmlPage page, String id, boolean checked) {
        ((HtmlCheckBoxInput) page.getElementById(id)).setChecked(checked);
    }

    /** The cohort's schedule as exported in CSV, read back. */
    static List<CSVRecord> export(URL base, long cohortId, String as) throws Exception {
        byte[] body = Http.getAs(base, "exports/schedule.csv?cohort=" + cohortId, as).body();
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static Map<String, String> row(CSVRecord record) {
        return record.toMap();
    }
}
