package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/** The territory pages: list and search, a territory's page, registering and revising with bad input. */
class TerritoryPagesIT extends ParcoursIT {

    @Test
    void the_list_shows_the_twelve_demo_territories_marked_as_demo() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage list = browser.open("territories/index.xhtml");
            String text = list.asNormalizedText();
            assertThat(text).contains("Communauté de communes du Pays de Redon", "Ville de Lens",
                    "Département de la Nièvre", "Région Pays de la Loire", "Intercommunalité (EPCI)");
            assertThat(list.querySelectorAll("#form\\:territories_data tr")).hasSizeGreaterThanOrEqualTo(12);
            assertThat(list.querySelectorAll("#form\\:territories_data .ui-tag")).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void searching_keeps_the_territories_whose_name_or_region_matches() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("anne", "parcours");
            HtmlPage list = browser.open("territories/index.xhtml");
            Browser.type(list, "form:search", "bretagne");
            HtmlPage found = Browser.click(list, "form:searchButton");
            assertThat(found.asNormalizedText()).contains("Pays de Redon", "Pays de Morlaix")
                    .doesNotContain("Ville de Lens");
        }
    }

    @Test
    void a_territory_page_shows_its_kind_region_team_and_cohort() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("paul", "parcours");
            HtmlPage list = browser.open("territories/index.xhtml");
            HtmlPage page = list.getAnchorByText("Ville de Lens").click();
            String text = page.asNormalizedText();
            assertThat(text).contains("Commune", "Hauts-de-France", "Marc Dubois", "Technicien·ne",
                    "Parcours pilote co-construction territoriale (démo)");
            // A partner reads but changes nothing: no edit button, and the edit page is refused.
            assertThat(page.getElementById("edit")).isNull();
            HtmlPage edit = browser.open("territories/edit.xhtml");
            assertThat(edit.getWebResponse().getStatusCode()).isEqualTo(403);
        }
    }

    @Test
    void an_empty_form_gets_a_message_next_to_each_field_and_saves_nothing() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("territories/edit.xhtml");
            HtmlPage result = Browser.click(form, "form:save");
            assertThat(result.getUrl().getPath()).endsWith("/territories/edit.xhtml");
            assertThat(invalid(result, "form:name")).isTrue();
            assertThat(invalid(result, "form:region")).isTrue();
            assertThat(result.asNormalizedText()).contains("Ce champ est obligatoire.");
        }
    }

    @Test
    void a_territory_is_registered_with_its_team_and_a_duplicate_name_is_refused() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("territories/edit.xhtml");
            fill(form, "Communauté de communes du Haut-Jura", "INTERMUNICIPALITY", "Bourgogne-Franche-Comté");
            form = Browser.click(form, "form:addMember");
            Browser.type(form, "form:members:0:fullName", "Léa Girod");
            Browser.type(form, "form:members:0:email", "Lea.Girod@haut-jura.example.org");
            ((HtmlSelect) form.getElementById("form:members:0:teamRole_input")).setSelectedAttribute("OFFICER", true);
            HtmlPage saved = Browser.click(form, "form:save");

            assertThat(saved.getUrl().getPath()).endsWith("/territories/view.xhtml");
            assertThat(saved.asNormalizedText()).contains("Communauté de communes du Haut-Jura", "Léa Girod",
                    "lea.girod@haut-jura.example.org", "Bourgogne-Franche-Comté");

            HtmlPage again = browser.open("territories/edit.xhtml");
            fill(again, "  Communauté de communes du Haut-Jura ", "INTERMUNICIPALITY", "Bourgogne-Franche-Comté");
            HtmlPage refused = Browser.click(again, "form:save");
            assertThat(refused.asNormalizedText()).contains("Un territoire s'appelle déjà « Communauté de communes du Haut-Jura ».");
            assertThat(invalid(refused, "form:name")).isTrue();
        }
    }

    @Test
    void a_malformed_member_email_is_refused_next_to_it() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("claire", "parcours");
            HtmlPage form = browser.open("territories/edit.xhtml");
            fill(form, "Ville de Dole", "MUNICIPALITY", "Bourgogne-Franche-Comté");
            form = Browser.click(form, "form:addMember");
            Browser.type(form, "form:members:0:fullName", "Jean Test");
            Browser.type(form, "form:members:0:email", "jean.at.dole");
            ((HtmlSelect) form.getElementById("form:members:0:teamRole_input")).setSelectedAttribute("OTHER", true);
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(refused.getUrl().getPath()).endsWith("/territories/edit.xhtml");
            assertThat(invalid(refused, "form:members:0:email")).isTrue();

            HtmlPage search = browser.open("territories/index.xhtml");
            Browser.type(search, "form:search", "Dole");
            assertThat(Browser.click(search, "form:searchButton").asNormalizedText()).doesNotContain("Ville de Dole");
        }
    }

    @Test
    void an_edit_started_before_someone_else_saved_is_refused_and_theirs_is_kept() throws Exception {
        try (Browser first = new Browser(base); Browser second = new Browser(base)) {
            first.signIn("claire", "parcours");
            second.signIn("admin", "parcours");
            HtmlPage created = first.open("territories/edit.xhtml");
            fill(created, "Ville de Besançon", "MUNICIPALITY", "Bourgogne-Franche-Comté");
            String id = Browser.click(created, "form:save").getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1");

            HtmlPage firstForm = first.open("territories/edit.xhtml?id=" + id);
            HtmlPage secondForm = second.open("territories/edit.xhtml?id=" + id);
            Browser.type(firstForm, "form:region", "Jura");
            assertThat(Browser.click(firstForm, "form:save").getUrl().getPath()).endsWith("/territories/view.xhtml");

            Browser.type(secondForm, "form:region", "Doubs");
            HtmlPage refused = Browser.click(secondForm, "form:save");
            assertThat(refused.asNormalizedText()).contains("Quelqu'un d'autre a enregistré ces informations");

            HtmlPage view = first.open("territories/view.xhtml?id=" + id);
            assertThat(view.getElementById("region").getTextContent().strip()).isEqualTo("Jura");
        }
    }

    @Test
    void an_unknown_territory_is_a_404_page() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn("anne", "parcours");
            HtmlPage page = browser.open("territories/view.xhtml?id=987654");
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(404);
            assertThat(page.asNormalizedText()).contains("Page introuvable");
        }
    }

    static void fill(HtmlPage form, String name, String kind, String region) {
        Browser.type(form, "form:name", name);
        ((HtmlSelect) form.getElementById("form:kind_input")).setSelectedAttribute(kind, true);
        Browser.type(form, "form:region", region);
    }

    static boolean invalid(HtmlPage page, String id) {
        DomElement element = page.getElementById(id);
        if (element == null || page.getElementById(id + "_input") != null) {
            element = page.getElementById(id + "_input");
        }
        assertThat(element).as(id).isNotNull();
        return "true".equals(element.getAttribute("aria-invalid")) || element.getAttribute("class").contains("ui-state-error");
    }
}
