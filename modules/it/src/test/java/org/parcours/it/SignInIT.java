package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Nothing is reachable without signing in, except the sign-in page; signing in and out work. */
class SignInIT extends ParcoursIT {

    /** Every page of the WAR, found in the archive so that a new page cannot slip through. */
    static List<String> pages() throws IOException {
        try (ZipFile war = new ZipFile(new File(System.getProperty("parcours.it.war")))) {
            return war.stream().map(ZipEntry::getName)
                    .filter(name -> name.endsWith(".xhtml") && !name.startsWith("WEB-INF/")
                            && !name.startsWith("META-INF/") && !name.startsWith("resources/"))
                    .toList();
        }
    }

    @Test
    void every_page_but_the_sign_in_page_sends_an_anonymous_visitor_to_sign_in() throws Exception {
        List<String> pages = pages();
        assertThat(pages).contains("index.xhtml", "login.xhtml", "territories/index.xhtml", "cohorts/edit.xhtml");
        HttpClient http = HttpClient.newHttpClient();
        for (String page : pages) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve(page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.equals("login.xhtml")) {
                assertThat(response.statusCode()).as(page).isEqualTo(200);
            } else {
                assertThat(response.statusCode()).as(page).isEqualTo(302);
                assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login.xhtml"));
            }
        }
    }

    @Test
    void the_api_answers_an_anonymous_client_with_401_problem_json() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.toURI().resolve("api/territories")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void a_wrong_password_is_refused_with_a_sentence() throws Exception {
        try (Browser browser = new Browser(base)) {
            HtmlPage page = browser.signIn("claire", "not-her-password");
            assertThat(page.getUrl().getPath()).endsWith("/login.xhtml");
            assertThat(page.asNormalizedText()).contains("Identifiant ou mot de passe incorrect.");
        }
    }

    @Test
    void signing_in_returns_to_the_page_asked_for_and_signing_out_closes_the_session() throws Exception {
        try (Browser browser = new Browser(base)) {
            HtmlPage login = browser.open("cohorts/index.xhtml");
            assertThat(login.getUrl().getPath()).endsWith("/login.xhtml");

            HtmlPage cohorts = Browser.signIn(login, "paul", "parcours");
            assertThat(cohorts.getUrl().getPath()).endsWith("/cohorts/index.xhtml");
            assertThat(cohorts.asNormalizedText()).contains("Cohortes", "paul");

            HtmlPage signedOut = Browser.click(cohorts, "userForm:signOut");
            assertThat(signedOut.getUrl().getPath()).endsWith("/login.xhtml");
            assertThat(signedOut.asNormalizedText()).contains("Vous êtes déconnecté·e.");

            HtmlPage again = browser.open("index.xhtml");
            assertThat(again.getUrl().getPath()).endsWith("/login.xhtml");
        }
    }

    @Test
    void the_pages_follow_the_browser_language_and_can_be_switched() throws Exception {
        try (Browser english = new Browser(base, "en-GB")) {
            HtmlPage login = english.open("login.xhtml");
            assertThat(login.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(login.asNormalizedText()).contains("Sign in", "Username");

            HtmlPage home = Browser.signIn(login, "anne", "parcours");
            assertThat(home.asNormalizedText()).contains("Territories", "Cohorts");
            HtmlPage french = Browser.click(home, "userForm:fr");
            assertThat(french.getDocumentElement().getAttribute("lang")).isEqualTo("fr");
            assertThat(french.asNormalizedText()).contains("Territoires", "Se déconnecter");
        }
    }

    @Test
    void a_session_cookie_is_http_only_and_changes_at_sign_in() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("login.xhtml");
            String before = browser.client().getCookieManager().getCookie("JSESSIONID").getValue();
            browser.signIn("anne", "parcours");
            var after = browser.client().getCookieManager().getCookie("JSESSIONID");
            assertThat(after.isHttpOnly()).isTrue();
            assertThat(after.getValue()).isNotEqualTo(before);
        }
    }
}
