package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The exchange space through its pages, API and emails: who reads and writes a cohort's threads,
 * moderation (hidden posts, locked threads), attached files, reply and mention emails, the daily
 * digest and the unsubscribe link; and the network directory's visibility choices.
 */
class ExchangeIT extends ParcoursIT {

    private static final String ANNE = "anne.riviere@redon.demo.test";
    private static final String MARC = "marc.dubois@lens.demo.test";
    private static final String CLAIRE = "claire.moreau@parcours.demo.test";
    private static final String PAUL = "paul.lefevre@partenaire.demo.test";
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void another_cohort_s_members_are_refused_and_partners_read_only_where_the_cohort_allows_it() throws Exception {
        long demo = TestData.demoCohort();
        long lensOnly = TestData.lensOnlyCohort();
        assertThat(api("anne", "api/exchange/threads?cohort=" + lensOnly).statusCode()).isEqualTo(403);
        assertThat(api("marc", "api/exchange/threads?cohort=" + lensOnly).statusCode()).isEqualTo(200);
        long thread = demoThread();
        assertThat(api("paul", "api/exchange/threads?cohort=" + demo).statusCode()).isEqualTo(403);
        assertThat(api("paul", "api/exchange/threads/" + thread + "/posts").statusCode()).isEqualTo(403);
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            assertThat(paul.open("exchange/index.xhtml?cohort=" + demo).getWebResponse().getStatusCode()).isEqualTo(403);
        }
        try {
            partnersMayRead(demo, true);
            HttpResponse<String> threads = api("paul", "api/exchange/threads?cohort=" + demo);
            assertThat(threads.statusCode()).isEqualTo(200);
            assertThat(threads.body()).contains("Tiers-lieux");
            try (Browser paul = new Browser(base)) {
                paul.signIn("paul", "parcours");
                HtmlPage page = paul.open("exchange/thread.xhtml?id=" + thread);
                assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
                assertThat(page.asNormalizedText()).contains("la régie de quartier loue l'espace");
                assertThat(page.getElementById("reply")).as("partners only read").isNull();
                assertThat(paul.open("exchange/index.xhtml?cohort=" + demo).getElementById("newThread")).isNull();
            }
            // The setting opens the space to the cohort's partners, never to another cohort's members.
            assertThat(api("anne", "api/exchange/threads?cohort=" + lensOnly).statusCode()).isEqualTo(403);
        } finally {
            partnersMayRead(demo, false);
        }
        assertThat(api("paul", "api/exchange/threads?cohort=" + demo).statusCode()).isEqualTo(403);
        // Someone reading several cohorts switches between their spaces; the list holds only those.
        try (Browser marc = new Browser(base); Browser claire = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("exchange/index.xhtml?cohort=" + demo);
            org.htmlunit.html.HtmlSelect choice = (org.htmlunit.html.HtmlSelect) page.getElementById("cohortChoice");
            choice.setSelectedAttribute(choice.getOptionByValue(String.valueOf(lensOnly)), true);
            HtmlPage lens = Browser.click(page, "switchButton");
            assertThat(lens.getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(lens.getElementsByTagName("h1").get(0).asNormalizedText()).contains("Cohorte de Lens seule 2040");
            claire.signIn("claire", "parcours");
            assertThat(claire.open("exchange/index.xhtml?cohort=" + demo).getElementById("cohortChoice").asXml())
                    .contains("Cohorte de Lens seule 2040", "Parcours pilote co-construction");
        }
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage page = anne.open("exchange/index.xhtml");
            assertThat(page.getElementsByTagName("h1").get(0).asNormalizedText()).contains("(démo)");
            assertThat(page.asXml()).doesNotContain("Cohorte de Lens seule 2040");
        }
    }

    @Test
    void a_locked_thread_is_read_only_and_hidden_posts_are_seen_by_facilitators_alone() throws Exception {
        long thread = startThread("anne", "Fil à modérer " + System.nanoTime(), "Premier message du fil à modérer.");
        long spam;
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            reply(marc, thread, "Achetez nos gadgets publicitaires ZX81 !", null);
            spam = TestData.id("select id from exchange_post where body like '%gadgets publicitaires ZX81%'");
        }
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage page = claire.open("exchange/thread.xhtml?id=" + thread);
            HtmlPage asking = Browser.click(page, postButton(page, spam, "hide"));
            HtmlPage refused = Browser.click(asking, postButton(asking, spam, "confirmHide"));
            assertThat(refused.asNormalizedText()).contains("Ce champ est obligatoire.");
            ((HtmlInput) refused.getElementById(postField(refused, spam, "reason"))).setValue("Publicité hors sujet");
            HtmlPage hidden = Browser.click(refused, postButton(refused, spam, "confirmHide"));
            assertThat(hidden.asNormalizedText()).contains("Le message est masqué.", "gadgets publicitaires ZX81",
                    "Publicité hors sujet");
        }
        for (String reader : List.of("anne", "marc")) {
            try (Browser browser = new Browser(base)) {
                browser.signIn(reader, "parcours");
                assertThat(browser.open("exchange/thread.xhtml?id=" + thread).asXml()).as(reader)
                        .contains("Premier message du fil à modérer.").doesNotContain("ZX81")
                        .doesNotContain("Publicité hors sujet");
            }
            assertThat(api(reader, "api/exchange/threads/" + thread + "/posts").body()).as(reader)
                    .contains("Premier message").doesNotContain("ZX81");
        }
        assertThat(api("claire", "api/exchange/threads/" + thread + "/posts").body()).contains("ZX81", "Publicité hors sujet");

        // Anne opens the reply form, Claire locks the thread meanwhile: Anne's reply is refused, nothing is added.
        try (Browser anne = new Browser(base); Browser claire = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage form = anne.open("exchange/thread.xhtml?id=" + thread);
            claire.signIn("claire", "parcours");
            HtmlPage locked = Browser.click(claire.open("exchange/thread.xhtml?id=" + thread), "moderation:lock");
            assertThat(locked.asNormalizedText()).contains("La discussion est verrouillée.");
            Schedules.typeText(form, "reply:body", "Une réponse trop tardive");
            HtmlPage refused = Browser.click(form, "reply:send");
            assertThat(refused.asNormalizedText()).contains("Cette discussion est verrouillée : on ne peut plus y écrire.");
            HtmlPage after = anne.open("exchange/thread.xhtml?id=" + thread);
            assertThat(after.getElementById("reply")).isNull();
            assertThat(after.getElementById("lockedNotice")).isNotNull();
            assertThat(after.asNormalizedText()).doesNotContain("Une réponse trop tardive");
        }
        assertThat(api("anne", "api/exchange/threads/" + thread + "/posts").body()).contains("\"locked\":true")
                .doesNotContain("trop tardive");
    }

    @Test
    void authors_edit_their_own_posts_and_an_edit_started_before_another_is_refused() throws Exception {
        long thread = startThread("anne", "Fil à corriger " + System.nanoTime(), "Premier jet du message.");
        long post = TestData.id("select id from exchange_post where thread_id = ?", thread);
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("exchange/thread.xhtml?id=" + thread);
            assertThat(page.getElementById("post-" + post).asXml()).as("not Marc's post").doesNotContain(":edit\"");
        }
        try (Browser first = new Browser(base); Browser second = new Browser(base)) {
            first.signIn("anne", "parcours");
            second.signIn("anne", "parcours");
            HtmlPage one = first.open("exchange/thread.xhtml?id=" + thread);
            one = Browser.click(one, postField(one, post, "edit"));
            HtmlPage two = second.open("exchange/thread.xhtml?id=" + thread);
            two = Browser.click(two, postField(two, post, "edit"));
            Schedules.typeText(one, postField(one, post, "editedBody"), "Second jet, corrigé.");
            assertThat(Browser.click(one, postField(one, post, "saveEdit")).asNormalizedText())
                    .contains("Votre message est modifié.", "Second jet, corrigé.", "modifié");
            Schedules.typeText(two, postField(two, post, "editedBody"), "Troisième jet qui écraserait le second.");
            assertThat(Browser.click(two, postField(two, post, "saveEdit")).asNormalizedText())
                    .contains("Quelqu'un d'autre a enregistré ces informations");
        }
        assertThat(api("marc", "api/exchange/threads/" + thread + "/posts").body()).contains("Second jet, corrigé.")
                .doesNotContain("Troisième jet");
    }

    @Test
    void attached_files_are_checked_for_type_and_size_and_served_with_safe_headers() throws Exception {
        long thread = startThread("anne", "Fil avec fichiers " + System.nanoTime(), "Voici nos documents.");
        byte[] notes = "Compte rendu de la réunion du comité de pilotage.\n".getBytes(StandardCharsets.UTF_8);
        try (Browser anne = new Browser(base)) {
            anne.signIn("anne", "parcours");
            HtmlPage refused = reply(anne, thread, "Un programme", file("rapport.pdf", EXE));
            assertThat(refused.asNormalizedText()).contains("Les programmes et scripts sont refusés.");
            byte[] oversized = new byte[11 * 1024 * 1024];
            java.util.Arrays.fill(oversized, (byte) 'a');
            assertThat(reply(anne, thread, "Un très gros fichier", file("gros.txt", oversized)).asNormalizedText())
                    .contains("Un fichier ne peut pas dépasser 10 Mo.");
            assertThat(reply(anne, thread, "Un fichier renommé", file("outil.exe", notes)).asNormalizedText())
                    .contains("Les fichiers « .exe » sont refusés");
            HtmlPage sent = reply(anne, thread, "Le compte rendu est joint.", file("compte-rendu.txt", notes));
            assertThat(sent.asNormalizedText()).contains("Votre message est publié.", "compte-rendu.txt");
        }
        assertThat(api("anne", "api/exchange/threads/" + thread + "/posts").body())
                .doesNotContain("Un programme").doesNotContain("Un très gros fichier").doesNotContain("Un fichier renommé");
        long post = TestData.id("select id from exchange_post where thread_id = ? and stored_name is not null", thread);
        HttpResponse<byte[]> file = Http.getAs(base, "files/exchange?post=" + post, "marc");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(notes);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
                .contains("compte-rendu.txt");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(Http.getAs(base, "files/exchange?post=" + post, "paul").statusCode()).isEqualTo(403);
        assertThat(Http.get(base, "files/exchange?post=" + post).statusCode()).isNotEqualTo(200);
        assertThat(Http.getAs(base, "files/exchange?post=999999999", "marc").statusCode()).isEqualTo(404);
    }

    @Test
    void replies_and_mentions_are_emailed_and_the_unsubscribe_link_stops_them() throws Exception {
        String title = "Fil des notifications " + System.nanoTime();
        long thread = startThread("anne", title, "Qui a une expérience de budget participatif ?");
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            reply(marc, thread, "Oui, à Lens depuis 2022. @claire connaît le dossier, @paul aussi.", null);
        }
        MimeMessage toAnne = awaitMail(ANNE, title, "à Lens depuis 2022");
        assertThat(toAnne.getSubject()).startsWith("Nouvelle réponse : " + title);
        MimeMessage toClaire = awaitMail(CLAIRE, title, "à Lens depuis 2022");
        assertThat(toClaire.getSubject()).startsWith("On vous mentionne : " + title);
        assertThat(mails(MARC, "à Lens depuis 2022")).as("no email to the author").isEmpty();
        assertThat(mails(PAUL, "à Lens depuis 2022")).as("a partner who may not read the thread is not told").isEmpty();

        Matcher token = Pattern.compile("exchange/unsubscribe\\?token=([A-Za-z0-9_-]{43})").matcher(text(toAnne));
        assertThat(token.find()).isTrue();
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "exchange/unsubscribe?token="
                + "A".repeat(43))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(404);
        HttpResponse<String> unsubscribed = http.send(HttpRequest.newBuilder(URI.create(base + "exchange/unsubscribe?token="
                + token.group(1))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsubscribed.statusCode()).as("works without signing in").isEqualTo(200);
        assertThat(unsubscribed.body()).contains("Désinscription confirmée");
        try {
            try (Browser marc = new Browser(base)) {
                marc.signIn("marc", "parcours");
                reply(marc, thread, "Je vous envoie le bilan 2023, @claire aussi.", null);
            }
            awaitMail(CLAIRE, title, "le bilan 2023");
            assertThat(mails(ANNE, "le bilan 2023")).as("Anne unsubscribed").isEmpty();
        } finally {
            TestData.update("update exchange_mail_preference set frequency = 'IMMEDIATE' where person_id = ?",
                    TestData.person("anne"));
        }
    }

    @Test
    void the_daily_digest_lists_the_day_s_posts_once_to_those_who_chose_it() throws Exception {
        String title = "Fil du résumé " + System.nanoTime();
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage page = marc.open("exchange/preferences.xhtml");
            ((org.htmlunit.html.HtmlRadioButtonInput) page.getElementById("mail:frequency:1")).setChecked(true);
            assertThat(Browser.click(page, "mail:save").asNormalizedText()).contains("Votre choix est enregistré.");
        }
        try {
            long thread = startThread("anne", title, "Quelles aides pour les cafés associatifs ?");
            try (Browser marc = new Browser(base)) {
                marc.signIn("marc", "parcours");
                reply(marc, thread, "Le fonds départemental, chez nous.", null);
            }
            try (Browser anne = new Browser(base)) {
                anne.signIn("anne", "parcours");
                reply(anne, thread, "Merci Marc, et le dispositif régional Cafés de pays ?", null);
            }
            awaitMail(ANNE, title, "Le fonds départemental");
            String day = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
            TestData.update("delete from job_run where job = 'exchange-digest'");
            assertThat(post("marc", "api/exchange/digests?day=" + day).statusCode()).isEqualTo(403);
            HttpResponse<String> run = post("admin", "api/exchange/digests?day=" + day);
            assertThat(run.statusCode()).isEqualTo(200);
            assertThat(run.body()).contains("\"claimed\":true");
            MimeMessage digest = awaitMail(MARC, "Les échanges du " + day, "Cafés de pays");
            assertThat(text(digest)).contains(title, "Anne Rivière", "exchange/unsubscribe?token=")
                    .doesNotContain("Le fonds départemental");
            assertThat(mails(MARC, "Cafés de pays")).as("only the digest, no immediate email").hasSize(1);
            HttpResponse<String> again = post("admin", "api/exchange/digests?day=" + day);
            assertThat(again.body()).contains("\"claimed\":false", "\"emails\":0");
            assertThat(mails(MARC, "Cafés de pays")).as("a day is sent once").hasSize(1);
        } finally {
            TestData.update("update exchange_mail_preference set frequency = 'IMMEDIATE' where person_id = ?",
                    TestData.person("marc"));
        }
    }

    @Test
    void the_directory_shows_and_searches_only_what_each_person_chose() throws Exception {
        HttpResponse<String> anne = api("paul", "api/directory?q=Rivi%C3%A8re");
        assertThat(anne.statusCode()).isEqualTo(200);
        assertThat(anne.body()).contains("Anne Rivière", "Tiers-lieux", "Pays de Redon", "HYBRID_MODELS")
                .doesNotContain(ANNE).doesNotContain("02 99 71 00 00").doesNotContain("\"phone\"").doesNotContain("\"email\"");
        try (Browser paul = new Browser(base)) {
            paul.signIn("paul", "parcours");
            HtmlPage page = paul.open("directory/index.xhtml?q=Rivi%C3%A8re");
            assertThat(page.asNormalizedText()).contains("Anne Rivière", "Tiers-lieux");
            assertThat(page.asXml()).doesNotContain(ANNE).doesNotContain("02 99 71 00 00");
            String byTerritory = paul.open("directory/index.xhtml?territory=" + TestData.territory("Redon")).asNormalizedText();
            assertThat(byTerritory).contains("Anne Rivière").doesNotContain("Claire Moreau");
            String byTheme = paul.open("directory/index.xhtml?theme=EVALUATION").asNormalizedText();
            assertThat(byTheme).contains("Claire Moreau", CLAIRE).doesNotContain("Anne Rivière");
            assertThat(paul.open("directory/index.xhtml?q=tiers-lieux").asNormalizedText()).contains("Anne Rivière");
        }
        assertThat(api("paul", "api/directory?q=Dubois").body()).as("not listed by default").contains("\"total\":0");
        try (Browser marc = new Browser(base)) {
            marc.signIn("marc", "parcours");
            HtmlPage form = marc.open("directory/profile.xhtml");
            assertThat(((HtmlCheckBoxInput) form.getElementById("entry:listed")).isChecked()).isFalse();
            ((HtmlCheckBoxInput) form.getElementById("entry:listed")).setChecked(true);
            ((HtmlInput) form.getElementById("entry:phone")).setValue("pas un numéro");
            assertThat(Browser.click(form, "entry:save").asNormalizedText()).contains("Un numéro de téléphone");
            form = marc.open("directory/profile.xhtml");
            ((HtmlCheckBoxInput) form.getElementById("entry:listed")).setChecked(true);
            ((HtmlInput) form.getElementById("entry:phone")).setValue("03 21 00 00 00");
            ((HtmlCheckBoxInput) form.getElementById("entry:showPhone")).setChecked(true);
            Schedules.typeText(form, "entry:expertise", "Reconversion des friches minières");
            assertThat(Browser.click(form, "entry:save").asNormalizedText()).contains("Votre fiche est enregistrée.");
        }
        try {
            String marc = api("paul", "api/directory?q=Dubois").body();
            assertThat(marc).contains("Marc Dubois", "03 21 00 00 00", "Ville de Lens").doesNotContain("friches")
                    .doesNotContain(MARC);
            assertThat(api("paul", "api/directory?q=friches").body()).as("a hidden field is not searchable")
                    .contains("\"total\":0");
            try (Browser paul = new Browser(base)) {
                paul.signIn("paul", "parcours");
                assertThat(paul.open("directory/index.xhtml?q=Dubois").asXml()).contains("03 21 00 00 00")
                        .doesNotContain("friches minières");
            }
        } finally {
            TestData.update("delete from directory_entry where person_id = ?", TestData.person("marc"));
        }
    }

    // --- helpers ---

    private long demoThread() throws Exception {
        return TestData.exchangeThread();
    }

    private long startThread(String username, String title, String body) throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.signIn(username, "parcours");
            HtmlPage page = browser.open("exchange/index.xhtml?cohort=" + TestData.demoCohort());
            ((HtmlInput) page.getElementById("newThread:title")).setValue(title);
            Schedules.typeText(page, "newThread:body", body);
            HtmlPage thread = Browser.click(page, "newThread:start");
            assertThat(thread.asNormalizedText()).contains("La discussion est ouverte.", title, body);
        }
        return TestData.id("select id from exchange_thread where title = ?", title);
    }

    private HtmlPage reply(Browser browser, long thread, String body, java.io.File file) throws Exception {
        HtmlPage page = browser.open("exchange/thread.xhtml?id=" + thread);
        Schedules.typeText(page, "reply:body", body);
        if (file != null) {
            ((HtmlFileInput) page.getElementById("reply:file")).setFiles(file);
        }
        return Browser.click(page, "reply:send");
    }

    private void partnersMayRead(long cohort, boolean allowed) throws Exception {
        try (Browser claire = new Browser(base)) {
            claire.signIn("claire", "parcours");
            HtmlPage page = claire.open("exchange/index.xhtml?cohort=" + cohort);
            ((HtmlCheckBoxInput) page.getElementById("settings:partnersMayRead")).setChecked(allowed);
            assertThat(Browser.click(page, "settings:saveSettings").asNormalizedText())
                    .contains("Les réglages sont enregistrés.");
        }
    }

    /** The id of a button of one post's row (rows are numbered by ui:repeat). */
    private static String postButton(HtmlPage page, long post, String button) {
        return postField(page, post, button);
    }

    private static String postField(HtmlPage page, long post, String name) {
        org.htmlunit.html.DomElement row = page.getElementById("post-" + post);
        assertThat(row).as("post " + post).isNotNull();
        for (org.htmlunit.html.HtmlElement element : row.getHtmlElementDescendants()) {
            if (element.getId().endsWith(":" + name)) {
                return element.getId();
            }
        }
        throw new AssertionError("No " + name + " in post " + post);
    }

    private HttpResponse<String> api(String username, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String username, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":parcours").getBytes(StandardCharsets.UTF_8));
    }

    /** Waits up to fifteen seconds for a message to {@code to} whose subject has {@code subject} and text {@code text}. */
    private static MimeMessage awaitMail(String to, String subject, String text) throws Exception {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage message : mails(to, text)) {
                if (message.getSubject().contains(subject)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail \"" + subject + "\" with \"" + text + "\" to " + to);
    }

    private static List<MimeMessage> mails(String to, String text) {
        return TestMail.received().stream()
                .filter(m -> recipient(m).equals(to) && text(m).contains(text)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File file(String name, byte[] content) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "uploads-" + System.nanoTime()));
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toFile();
    }
}
