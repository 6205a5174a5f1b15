package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/** The cohort pages: the demo cohort, opening a cohort, and the rules on its period and territories. */
class CohortPagesIT extends ParcoursIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void the_demo_cohort_shows_its_twelve_territories_and_its_facilitator() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("anne", "parcours");
            HtmlPage list = browser.open("cohorts/index.xhtml");
            HtmlPage cohort = list.getAnchorByText("Parcours pilote co-construction territoriale (démo)").click();
            assertThat(cohort.asNormalizedText()).contains("Territoires (12)", "Claire Moreau", "Ville de Lens");
            assertThat(cohort.querySelectorAll("#territories_data tr")).hasSize(12);
            // A territory member cannot edit it.
            assertThat(cohort.getElementById("edit")).isNull();
        }
    }

    @Test
    void an_end_before_the_start_is_refused_next_to_the_end() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("cohorts/edit.xhtml");
            Browser.type(form, "form:name", "Cohorte à l'envers");
            Browser.type(form, "form:startDate_input", "01/09/2031");
            Browser.type(form, "form:endDate_input", "01/06/2031");
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(refused.asNormalizedText()).contains("La fin doit être postérieure au début.");
            assertThat(invalid(refused, "form:endDate")).isTrue();
        }
    }

    @Test
    void a_territory_already_following_a_cohort_over_the_period_is_refused() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("cohorts/edit.xhtml");
            Browser.type(form, "form:name", "Cohorte qui chevauche");
            Browser.type(form, "form:startDate_input", LocalDate.now().format(DAY));
            choose(form, "form:territories", "Ville de Lens");
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(refused.asNormalizedText()).contains("Le territoire « Ville de Lens » suit déjà la cohorte");
            assertThat(refused.getUrl().getPath()).endsWith("/cohorts/edit.xhtml");
        }
    }

    @Test
    void a_cohort_opened_without_an_end_runs_nine_months_and_is_listed() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("cohorts/edit.xhtml");
            Browser.type(form, "form:name", "Promotion 2030");
            Browser.type(form, "form:startDate_input", "02/09/2030");
            choose(form, "form:territories", "Ville de Lens");
            choose(form, "form:facilitators", "Claire Moreau");
            HtmlPage saved = Browser.click(form, "form:save");
            assertThat(saved.getUrl().getPath()).endsWith("/cohorts/view.xhtml");
            assertThat(saved.asNormalizedText()).contains("Promotion 2030", "2 septembre 2030", "2 juin 2031",
                    "Ville de Lens", "Claire Moreau");
            // Its facilitator may revise it.
            assertThat(saved.getElementById("edit")).isNotNull();

            HtmlPage duplicate = browser.open("cohorts/edit.xhtml");
            Browser.type(duplicate, "form:name", "Promotion 2030");
            Browser.type(duplicate, "form:startDate_input", "02/09/2040");
            assertThat(Browser.click(duplicate, "form:save").asNormalizedText())
                    .contains("Une cohorte s'appelle déjà « Promotion 2030 ».");
        }
    }

    @Test
    void partners_and_territory_members_cannot_open_a_cohort() throws Exception {
        for (String person : new String[] {"paul", "marc"}) {
            try (Browser browser = new Browser(base)) {
                browser.signIn(person, "parcours");
                assertThat(browser.open("cohorts/edit.xhtml").getWebResponse().getStatusCode()).as(person).isEqualTo(403);
            }
        }
    }

    /** Ticks the option with this label in a PrimeFaces checkbox menu (a hidden select without JavaScript). */
    static void choose(HtmlPage page, String id, String label) {
        DomElement select = page.getElementById(id + "_input");
        if (select instanceof HtmlSelect htmlSelect) {
            for (HtmlOption option : htmlSelect.getOptions()) {
                if (option.getText().strip().equals(label)) {
                    option.setSelected(true);
                    return;
                }
            }
        }
        for (DomElement element : page.getElementById(id).getElementsByTagName("input")) {
            if (element instanceof HtmlCheckBoxInput box) {
                DomElement labelElement = page.querySelector("label[for='" + box.getId() + "']");
                if (labelElement != null && labelElement.getTextContent().strip().equals(label)) {
                    box.setChecked(true);
                    return;
                }
            }
        }
        throw new AssertionError("No option " + label + " in " + id);
    }

    static boolean invalid(HtmlPage page, String id) {
        return TerritoryPagesIT.invalid(page, id);
    }
}
