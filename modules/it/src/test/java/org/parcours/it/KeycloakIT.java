package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.htmlunit.util.WebConnectionWrapper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parcours signing people in through a real Keycloak 26 (started by {@link KeycloakServer}): the
 * browser sign-in and sign-out, the roles arriving as groups, a person unknown to Parcours created
 * at their first sign-in, and bearer tokens on the API.
 */
@ExtendWith({FreshPayaraRoot.class, ArquillianExtension.class})
class KeycloakIT {

    private static final String SECRET = "change-me-local-development-only";

    @Deployment(testable = false)
    @TargetsContainer("payara-oidc")
    static WebArchive deployment() {
        return Deployments.parcours();
    }

    /** The application on the loopback address the realm knows (Arquillian reports another host). */
    private static URL app() throws IOException {
        return new URL("http://127.0.0.1:" + System.getProperty("parcours.it.oidc.port") + "/parcours/");
    }

    @Test
    void a_first_sign_in_through_keycloak_creates_the_person_with_the_roles_of_the_groups() throws Exception {
        KeycloakServer.awaitReady();
        try (Browser browser = keycloakBrowser()) {
            HtmlPage keycloak = browser.open("cohorts/index.xhtml");
            assertThat(keycloak.getUrl().toString()).startsWith(System.getProperty("parcours.it.keycloak.url"));
            String before = browser.client().getCookieManager().getCookie("JSESSIONID").getValue();

            HtmlPage cohorts = signInAtKeycloak(keycloak, "nina", "parcours");
            assertThat(cohorts.getUrl().toString()).as(cohorts.asNormalizedText()).isEqualTo(app() + "cohorts/index.xhtml");
            assertThat(cohorts.asNormalizedText()).contains("Cohortes", "nina");
            assertThat(browser.client().getCookieManager().getCookie("JSESSIONID").getValue()).isNotEqualTo(before);
            // A partner following no cohort: no cohort listed, no button to open one.
            assertThat(cohorts.getElementById("create")).isNull();
            assertThat(cohorts.asNormalizedText()).doesNotContain("(démo)");
        }
        long nina = TestData.person("nina");
        assertThat(TestData.id("select count(*) from person_role where person_id = ? and role = 'PARTNER'", nina))
                .isEqualTo(1);
        assertThat(TestData.id("select count(*) from person where id = ? and email = 'nina.garnier@partenaire.demo.test'"
                + " and display_name = 'Nina Garnier' and password_hash is null", nina)).isEqualTo(1);
        assertThat(TestData.id("select count(*) from audit_event where actor = 'nina' and action = 'SIGN_IN'"))
                .isPositive();
    }

    @Test
    void the_sign_in_page_leads_to_keycloak_and_the_api_answers_401_rather_than_redirecting() throws Exception {
        try (Browser browser = keycloakBrowser()) {
            HtmlPage login = browser.open("login.xhtml");
            assertThat(login.getElementById("form:password")).as("no local password form").isNull();
            assertThat(login.getElementById("withKeycloak")).isNotNull();
            HttpResponse<String> api = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(app().toURI().resolve("api/cohorts")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("\"status\":401");
        }
    }

    @Test
    void signing_out_ends_the_keycloak_session_too() throws Exception {
        KeycloakServer.awaitReady();
        try (Browser browser = keycloakBrowser()) {
            HtmlPage home = signInAtKeycloak(browser.open("index.xhtml"), "claire", "parcours");
            assertThat(home.getUrl().toString()).as(home.asNormalizedText()).isEqualTo(app() + "index.xhtml");
            // A facilitator: the role came as a group of the token.
            assertThat(browser.open("cohorts/index.xhtml").getElementById("create")).isNotNull();

            HtmlPage signedOut = Browser.click(home, "userForm:signOut");
            assertThat(signedOut.getUrl().toString()).startsWith(app() + "login.xhtml");
            assertThat(signedOut.asNormalizedText()).contains("Vous êtes déconnecté·e.");
            // Keycloak forgot the person too: a protected page leads to its sign-in form again.
            HtmlPage again = browser.open("index.xhtml");
            assertThat(again.getUrl().toString()).startsWith(System.getProperty("parcours.it.keycloak.url"));
            assertThat(again.getElementById("password")).isNotNull();
        }
    }

    @Test
    void the_api_accepts_a_keycloak_token_and_refuses_a_tampered_one() throws Exception {
        String keycloak = KeycloakServer.awaitReady();
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=password&client_id=parcours&client_secret=" + SECRET
                + "&username=paul&password=parcours&scope=openid";
        HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(
                        new URL(keycloak + "/realms/parcours/protocol/openid-connect/token").toURI())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        Matcher accessToken = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(tokens.body());
        assertThat(accessToken.find()).isTrue();
        String token = accessToken.group(1);
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"groups\":[", "\"partner\"", "\"aud\"", "parcours");

        HttpResponse<String> accepted = api(http, "api/cohorts", "Bearer " + token);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("(démo)");
        // paul follows the demo cohort only: the rules apply to token callers as to everyone.
        assertThat(api(http, "api/cohorts/" + TestData.lensOnlyCohort(), "Bearer " + token).statusCode())
                .isEqualTo(403);

        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"partner\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        for (String bad : List.of(parts[0] + "." + forgedPayload + "." + parts[2], unsigned + "." + parts[1] + ".",
                token.substring(0, token.length() - 4) + "AAAA", "not-a-token")) {
            HttpResponse<String> refused = api(http, "api/cohorts", "Bearer " + bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.body()).contains("\"status\":401");
        }
    }

    private static HttpResponse<String> api(HttpClient http, String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(app().toURI().resolve(path)).header("Authorization", authorization)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HtmlPage signInAtKeycloak(HtmlPage form, String username, String password) throws IOException {
        Browser.type(form, "username", username);
        Browser.type(form, "password", password);
        return Browser.click(form, "kc-login");
    }

    /**
     * A browser that keeps Keycloak's cookies over plain HTTP: Keycloak 26 marks them
     * {@code Secure; SameSite=None}, which HtmlUnit then drops on http://127.0.0.1 (a real browser
     * treats loopback as secure). Keycloak's Set-Cookie headers are stored again without those attributes.
     */
    private static Browser keycloakBrowser() throws IOException {
        Browser browser = new Browser(app());
        WebClient client = browser.client();
        String keycloak = System.getProperty("parcours.it.keycloak.url");
        new WebConnectionWrapper(client) {
            @Override
            public WebResponse getResponse(WebRequest request) throws IOException {
                WebResponse response = super.getResponse(request);
                if (request.getUrl().toString().startsWith(keycloak)) {
                    for (NameValuePair header : response.getResponseHeaders()) {
                        if (header.getName().equalsIgnoreCase("Set-Cookie")) {
                            keep(client, request.getUrl().getHost(), header.getValue());
                        }
                    }
                }
                return response;
            }
        };
        return browser;
    }

    private static void keep(WebClient client, String host, String setCookie) {
        String[] parts = setCookie.split(";");
        int equals = parts[0].indexOf('=');
        String name = parts[0].substring(0, equals).trim();
        String value = parts[0].substring(equals + 1).trim();
        String path = "/";
        boolean expired = value.isEmpty();
        for (String part : parts) {
            String attribute = part.trim().toLowerCase(java.util.Locale.ROOT);
            if (attribute.startsWith("path=")) {
                path = part.trim().substring(5);
            } else if (attribute.equals("max-age=0")) {
                expired = true;
            }
        }
        org.htmlunit.http.Cookie cookie = new org.htmlunit.http.Cookie(host, name, value, path, null, false, true);
        if (expired) {
            client.getCookieManager().removeCookie(cookie);
        } else {
            client.getCookieManager().addCookie(cookie);
        }
    }
}
