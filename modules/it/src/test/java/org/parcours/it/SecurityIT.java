package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Security basics: headers on every response, forged postbacks and cookie-only API changes refused,
 * the administration of people (roles, deactivation, optimistic locking) and the audit trail.
 */
class SecurityIT extends ParcoursIT {

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"login.xhtml", "api/territories", "index.xhtml"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            if (response.statusCode() == 200 || response.statusCode() == 401) {
                assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                        .anySatisfy(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            }
        }
        try (Browser browser = Personas.FACILITATOR.browser(base)) {
            HtmlPage page = browser.open("cohorts/edit.xhtml");
            String csp = page.getWebResponse().getResponseHeaderValue("Content-Security-Policy");
            // PrimeFaces' CSP mode: scripts need the response's nonce; nothing allows eval or inline scripts.
            assertThat(csp).contains("script-src 'self' 'nonce-", "object-src 'none'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            String nonce = csp.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
            assertThat(page.getWebResponse().getContentAsString()).contains("nonce=\"" + nonce + "\"");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void a_postback_without_a_valid_view_state_changes_nothing() throws Exception {
        try (Browser browser = Personas.FACILITATOR.browser(base)) {
            HtmlPage form = browser.open("cohorts/edit.xhtml");
            Browser.type(form, "form:name", "Cohorte forgée");
            Browser.type(form, "form:startDate_input", "01/09/2045");
            // Every form of the page carries the view state; the one posted is the edit form's.
            for (org.htmlunit.html.DomNode field : form.querySelectorAll("input[name='jakarta.faces.ViewState']")) {
                ((HtmlInput) field).setValue("-1234567890:987654321");
            }
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(refused.getUrl().getPath()).doesNotEndWith("/cohorts/view.xhtml");
            assertThat(refused.asNormalizedText()).contains("Page expirée");
        }
        assertThat(TestData.id("select count(*) from cohort where name = 'Cohorte forgée'")).isZero();
    }

    @Test
    void the_api_refuses_a_change_authenticated_by_the_session_cookie_alone() throws Exception {
        try (Browser browser = Personas.ADMIN.browser(base)) {
            WebRequest post = new WebRequest(new URL(base, "api/cohorts"), HttpMethod.POST);
            post.setAdditionalHeader("Content-Type", "application/json");
            post.setRequestBody("{}");
            Page refused = browser.client().getPage(post);
            assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(refused.getWebResponse().getContentAsString()).contains("Authorization header");
        }
        // With credentials in the header, the request reaches the API (which offers no such change: 405).
        HttpResponse<String> withHeader = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("api/cohorts"))
                        .header("Authorization", Personas.ADMIN.basic()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withHeader.statusCode()).isEqualTo(405);
    }

    @Test
    void without_keycloak_the_sign_in_callback_only_leads_home() throws Exception {
        try (Browser browser = Personas.PARTNER.browser(base)) {
            HtmlPage page = browser.open("callback?code=forged&state=forged");
            assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(page.getUrl().getPath()).endsWith("/index.xhtml");
        }
        HttpResponse<Void> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("callback?code=forged&state=forged")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
    }

    @Test
    void only_admins_see_the_administration_menu() throws Exception {
        try (Browser admin = Personas.ADMIN.browser(base); Browser claire = Personas.FACILITATOR.browser(base)) {
            assertThat(admin.open("index.xhtml").asXml()).contains("admin/people.xhtml", "admin/audit.xhtml");
            assertThat(claire.open("index.xhtml").asXml()).doesNotContain("admin/people.xhtml");
        }
    }

    @Test
    void an_admin_grants_revokes_and_deactivates_and_a_stale_edit_is_refused() throws Exception {
        // A person of their own, so that other test classes keep the demo accounts as they are.
        TestData.update("insert ignore into person (version, username, display_name, email, password_hash, active) "
                + "select 0, 'zoe', 'Zoé Partenaire', 'zoe@partenaire.demo.test', password_hash, true "
                + "from person where username = 'paul'");
        long zoe = TestData.person("zoe");
        TestData.update("insert ignore into person_role (person_id, role) values (?, 'PARTNER')", zoe);
        try (Browser admin = Personas.ADMIN.browser(base); Browser other = Personas.ADMIN.browser(base)) {
            HtmlPage list = admin.open("admin/people.xhtml");
            Browser.type(list, "form:search", "zoé");
            HtmlPage found = Browser.click(list, "form:searchButton");
            assertThat(found.asNormalizedText()).contains("Zoé Partenaire", "zoe@partenaire.demo.test")
                    .doesNotContain("Claire Moreau");
            HtmlPage person = found.getAnchorByText("Zoé Partenaire").click();
            HtmlPage stale = other.open("admin/person.xhtml?id=" + zoe);

            role(person, "FACILITATOR").setChecked(true);
            HtmlPage saved = Browser.click(person, "form:save");
            assertThat(saved.asNormalizedText()).contains("Accès de Zoé Partenaire enregistrés.");
            assertThat(role(saved, "FACILITATOR").isChecked()).isTrue();
            assertThat(role(saved, "PARTNER").isChecked()).isTrue();

            // The second admin opened the page before the change: their save is refused, not merged.
            role(stale, "ADMIN").setChecked(true);
            HtmlPage refused = Browser.click(stale, "form:save");
            assertThat(refused.asNormalizedText()).contains("Quelqu'un d'autre a enregistré ces informations");
            assertThat(TestData.id("select count(*) from person_role where person_id = ? and role = 'ADMIN'", zoe))
                    .isZero();

            ((HtmlCheckBoxInput) saved.getElementById("form:active_input")).setChecked(false);
            Browser.click(saved, "form:save");
            assertThat(apiStatus("zoe")).isEqualTo(401);
            HtmlPage again = admin.open("admin/person.xhtml?id=" + zoe);
            ((HtmlCheckBoxInput) again.getElementById("form:active_input")).setChecked(true);
            Browser.click(again, "form:save");
            assertThat(apiStatus("zoe")).isEqualTo(200);

            HtmlPage audit = admin.open("admin/audit.xhtml");
            Browser.type(audit, "form:text", "zoe");
            HtmlPage events = Browser.click(audit, "form:searchButton");
            assertThat(events.asNormalizedText()).contains("Rôles modifiés", "Compte désactivé", "Compte activé",
                    "person zoe", "[PARTNER] -> [FACILITATOR, PARTNER]");
        }
    }

    @Test
    void an_admin_cannot_lock_themself_out() throws Exception {
        try (Browser admin = Personas.ADMIN.browser(base)) {
            HtmlPage page = admin.open("admin/person.xhtml?id=" + TestData.person("admin"));
            role(page, "ADMIN").setChecked(false);
            HtmlPage refused = Browser.click(page, "form:save");
            assertThat(refused.asNormalizedText()).contains("Vous ne pouvez ni retirer votre propre rôle");
        }
        assertThat(TestData.id("select count(*) from person_role r join person p on p.id = r.person_id "
                + "where p.username = 'admin' and r.role = 'ADMIN'")).isEqualTo(1);
    }

    @Test
    void sign_ins_refusals_and_changes_are_in_the_audit_trail() throws Exception {
        try (Browser intruder = new Browser(base)) {
            intruder.signIn("claire", "guess");
        }
        try (Browser paul = Personas.PARTNER.browser(base)) {
            assertThat(paul.open("admin/audit.xhtml").getWebResponse().getStatusCode()).isEqualTo(403);
            Browser.click(paul.open("index.xhtml"), "userForm:signOut");
        }
        try (Browser claire = Personas.FACILITATOR.browser(base)) {
            HtmlPage form = claire.open("cohorts/edit.xhtml");
            Browser.type(form, "form:name", "Cohorte auditée");
            Browser.type(form, "form:startDate_input", "01/09/2050");
            assertThat(Browser.click(form, "form:save").getUrl().getPath()).endsWith("/cohorts/view.xhtml");
        }
        try (Browser admin = Personas.ADMIN.browser(base)) {
            String all = admin.open("admin/audit.xhtml").asNormalizedText();
            assertThat(all).contains("Connexion refusée", "Accès refusé", "Déconnexion", "Cohorte ouverte",
                    "Cohorte auditée");
            HtmlPage audit = admin.open("admin/audit.xhtml");
            Browser.type(audit, "form:actor", "paul");
            HtmlPage paulOnly = Browser.click(audit, "form:searchButton");
            assertThat(paulOnly.asNormalizedText()).contains("Accès refusé", "/parcours/admin/audit.xhtml")
                    .doesNotContain("Cohorte auditée");
        }
    }

    private static HtmlCheckBoxInput role(HtmlPage page, String role) {
        return (HtmlCheckBoxInput) page.querySelector("input[name='form:roles'][value='" + role + "']");
    }

    private int apiStatus(String username) throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((username + ":" + Personas.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("api/territories"))
                .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
