package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlDivision;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The resource centre: search and filters over the demo kit, a territory's suggestion hidden from
 * others until a facilitator approves it, what partners may not do, checked uploads, marks, and a
 * resource attached to a session shown to its participants.
 */
class ResourceCentreIT extends ParcoursIT {

    private static final String REFERENTIAL = "Référentiel sur la co-construction en territoire";
    private static final String FILM = "Film sur 3 exemples de co-construction territoriale";
    private static final String MOOC_TERRITORIES = "MOOC ESSEC « Les alliances qui changent les territoires »";
    private static final String MOOC_WORLD = "MOOC ESSEC « Les partenariats qui changent le monde »";
    private static final String CHECK_LIST = "Check list des questions d'une démarche d'évaluation des partenariats";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @Test
    void words_and_filters_find_the_resources_of_the_kit() throws Exception {
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            String byWords = results(paul.open("kit/index.xhtml?q=alliances+territoires"));
            assertThat(byWords).contains(MOOC_TERRITORIES).doesNotContain(MOOC_WORLD, CHECK_LIST, REFERENTIAL);
            // Case and accents do not matter; tags are searched too.
            assertThat(results(paul.open("kit/index.xhtml?q=EVALUATION"))).contains(CHECK_LIST);
            assertThat(results(paul.open("kit/index.xhtml?q=film"))).contains(FILM);

            String toolbox = results(paul.open("kit/index.xhtml?nature=TOOLBOX"));
            assertThat(toolbox).contains(CHECK_LIST).doesNotContain(REFERENTIAL, FILM);
            String moocs = results(paul.open("kit/index.xhtml?type=MOOC&phase=SOLUTIONS&theme=SKILLS"));
            assertThat(moocs).contains(MOOC_TERRITORIES, MOOC_WORLD).doesNotContain(FILM, REFERENTIAL);
            assertThat(results(paul.open("kit/index.xhtml?type=VIDEO&phase=EVALUATION"))).doesNotContain(FILM);
            HttpResponse<byte[]> api = Http.getAs(base, "api/resources?type=MOOC&theme=SKILLS", "paul");
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(new String(api.body(), StandardCharsets.UTF_8)).contains("\"total\":2", "alliances qui changent");
            assertThat(Http.getAs(base, "api/resources?type=BOOK", "paul").statusCode()).isEqualTo(400);
            // An unknown filter value is ignored on the page rather than failing.
            assertThat(paul.open("kit/index.xhtml?nature=NOPE").getWebResponse().getStatusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_suggestion_stays_with_its_author_and_the_facilitators_until_approved() throws Exception {
        String title = "Guide mobilité partagée " + System.nanoTime();
        long id;
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage form = anne.open("kit/edit.xhtml");
            fill(form, "ILLUSTRATION", "LINK", title, "https://example.org/mobilite");
            HtmlPage saved = Browser.click(form, "form:save");
            assertThat(saved.asNormalizedText()).contains("Votre suggestion est envoyée aux animateurs.",
                    "Suggérée, en attente");
            id = idOf(saved);
            assertThat(results(anne.open("kit/index.xhtml?q=" + title.replace(' ', '+')))).contains(title);
        }
        for (String other : new String[] {"marc", "paul"}) {
            try (Browser browser = new Browser(base)) {
                browser.signIn(other, "parcours");
                assertThat(results(browser.open("kit/index.xhtml?q=" + title.replace(' ', '+')))).doesNotContain(title);
                assertThat(browser.open("kit/view.xhtml?id=" + id).getWebResponse().getStatusCode()).isEqualTo(404);
            }
        }
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage review = claire.open("kit/view.xhtml?id=" + id);
            Schedules.typeText(review, "review:message", "Bienvenue dans le kit");
            HtmlPage approved = Browser.click(review, "review:approve");
            assertThat(approved.asNormalizedText()).contains("La ressource est approuvée.", "Approuvée");
        }
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            assertThat(results(marc.open("kit/index.xhtml?q=" + title.replace(' ', '+')))).contains(title);
            assertThat(marc.open("kit/view.xhtml?id=" + id).asNormalizedText()).contains("Bienvenue dans le kit");
        }
    }

    @Test
    void a_partner_neither_creates_nor_reviews_and_a_team_member_does_not_edit() throws Exception {
        long referential = TestData.resource();
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            assertThat(paul.open("kit/edit.xhtml").getWebResponse().getStatusCode()).isEqualTo(403);
            assertThat(paul.open("kit/edit.xhtml?id=" + referential).getWebResponse().getStatusCode()).isEqualTo(403);
            HtmlPage view = paul.open("kit/view.xhtml?id=" + referential);
            assertThat(view.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(view.getElementById("review")).isNull();
            assertThat(view.getElementById("edit")).isNull();
            assertThat(paul.open("kit/index.xhtml").getElementById("create")).isNull();
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            assertThat(anne.open("kit/edit.xhtml?id=" + referential).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        // A suggestion waiting for a decision: the partner may not approve it, a facilitator may.
        String title = "Suggestion à approuver " + System.nanoTime();
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage form = anne.open("kit/edit.xhtml");
            fill(form, "METHOD", "LINK", title, "https://example.org/guide");
            Browser.click(form, "form:save");
        }
        long suggestion = TestData.id("select id from resource where title = ?", title);
        assertThat(post("api/resources/" + suggestion + "/approval", "paul").statusCode()).isEqualTo(403);
        assertThat(TestData.id("select count(*) from resource where id = ? and status = 'SUGGESTED'", suggestion))
                .isEqualTo(1);
        assertThat(post("api/resources/" + suggestion + "/approval", "claire").statusCode()).isEqualTo(204);
        assertThat(TestData.id("select count(*) from resource where id = ? and status = 'APPROVED'", suggestion))
                .isEqualTo(1);
        assertThat(post("api/resources/999999/approval", "claire").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String path, String username) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((username + ":parcours")
                .getBytes(StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + path)).header("Authorization", "Basic " + basic)
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_document_refuses_an_executable_and_serves_the_checked_file() throws Exception {
        String title = "Grille d'auto-diagnostic " + System.nanoTime();
        long id;
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage form = claire.open("kit/edit.xhtml");
            fill(form, "TOOLBOX", "DOCUMENT", title, "");
            ((HtmlFileInput) form.getElementById("form:file")).setFiles(file("grille.pdf", EXE));
            HtmlPage refused = Browser.click(form, "form:save");
            assertThat(fieldText(refused, "form:file")).contains("Les programmes et scripts sont refusés.");
            assertThat(TestData.id("select count(*) from resource where title = ?", title)).isZero();

            HtmlPage again = claire.open("kit/edit.xhtml");
            fill(again, "TOOLBOX", "DOCUMENT", title, "");
            ((HtmlFileInput) again.getElementById("form:file")).setFiles(file("grille.pdf", PDF));
            HtmlPage saved = Browser.click(again, "form:save");
            assertThat(saved.asNormalizedText()).contains("La ressource est enregistrée.", "grille.pdf");
            id = idOf(saved);
        }
        HttpResponse<byte[]> download = Http.getAs(base, "files/resource?id=" + id, "marc");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");
    }

    @Test
    void a_reader_marks_a_resource_as_read_and_useful_once() throws Exception {
        long film = TestData.id("select id from resource where title = ?", FILM);
        long marc = TestData.person("marc");
        try (Browser browser = new Browser(base)) {
            browser.signIn("marc", "parcours");
            HtmlPage view = browser.open("kit/view.xhtml?id=" + film);
            assertThat(view.getElementById("counts").asNormalizedText()).contains("Lu par 0");
            HtmlPage read = Browser.click(view, "marks:markRead");
            assertThat(read.asNormalizedText()).contains("Votre marque est enregistrée.", "Marquer comme non lu");
            assertThat(read.getElementById("counts").asNormalizedText()).contains("Lu par 1", "Utile pour 0");
            HtmlPage useful = Browser.click(read, "marks:markUseful");
            assertThat(useful.getElementById("counts").asNormalizedText()).contains("Lu par 1", "Utile pour 1");
        }
        assertThat(TestData.id("select count(*) from resource_mark where resource_id = ? and person_id = ? "
                + "and read_at is not null and useful", film, marc)).isEqualTo(1);
    }

    @Test
    void a_resource_attached_to_a_session_shows_on_the_session_page() throws Exception {
        long session = TestData.demoSession("COLLECTIVE_WORKSHOP");
        long checkList = TestData.id("select id from resource where title = ?", CHECK_LIST);
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage page = claire.open("schedule/session.xhtml?id=" + session);
            Schedules.select(page, "kitForm:resource", String.valueOf(checkList));
            HtmlPage attached = Browser.click(page, "kitForm:attach");
            assertThat(attached.asNormalizedText()).contains("La ressource est jointe à la séance.");
            assertThat(attached.getElementById("centreResources").asNormalizedText()).contains(CHECK_LIST);
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage page = anne.open("schedule/session.xhtml?id=" + session);
            assertThat(page.getElementById("centreResources").asNormalizedText()).contains(CHECK_LIST);
            assertThat(page.getElementById("kitForm")).isNull();
        }
    }

    private static void fill(HtmlPage form, String nature, String type, String title, String url) {
        Schedules.select(form, "form:nature", nature);
        Schedules.select(form, "form:type", type);
        Browser.type(form, "form:title", title);
        Schedules.typeText(form, "form:summary", "Un résumé de la ressource.");
        Browser.type(form, "form:author", "Équipe de Redon");
        Browser.type(form, "form:year", "2024");
        Browser.type(form, "form:tags", "mobilité, partage");
        Browser.type(form, "form:url", url);
    }

    private static String results(HtmlPage page) {
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        return page.getElementById("results").asNormalizedText();
    }

    private static long idOf(HtmlPage page) {
        assertThat(page.getUrl().getPath()).endsWith("kit/view.xhtml");
        return Long.parseLong(page.getUrl().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    private static String fieldText(HtmlPage page, String id) {
        DomNode node = page.getElementById(id);
        while (node != null && !(node instanceof HtmlDivision div && div.getAttribute("class").contains("field"))) {
            node = node.getParentNode();
        }
        assertThat(node).as("field of " + id).isNotNull();
        return node.asNormalizedText();
    }

    private static java.io.File file(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "kit-" + System.nanoTime()));
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toFile();
    }
}
