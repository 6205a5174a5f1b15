package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboards' figures kept as production keeps them (here 12 s, container {@code payara-kept}):
 * a fact written behind the server's back (as another server of a cluster would) shows once the kept
 * figures expire; a fact recorded through this server shows at once, with everything committed before.
 * Resources read by a territory's team are the fact used: one click for the team, one row for the
 * database.
 */
@ExtendWith({FreshPayaraRoot.class, ArquillianExtension.class})
class KeptFiguresIT {

    private static final String TITLE = "Ressource des chiffres gardés ";
    private static final long KEEP_MILLIS = 12_000;

    @ArquillianResource
    URL reported;

    @Deployment(testable = false)
    @TargetsContainer("payara-kept")
    static WebArchive deployment() {
        return Deployments.parcours();
    }

    @AfterAll
    static void forgetTheResources() throws Exception {
        TestData.update("delete rm from resource_mark rm join resource r on r.id = rm.resource_id where r.title like ?",
                TITLE + "%");
        TestData.update("delete from resource where title like ?", TITLE + "%");
    }

    @Test
    void figures_are_kept_until_this_server_records_a_fact_or_they_expire() throws Exception {
        URL base = new URL("http", "127.0.0.1", reported.getPort(), reported.getFile());
        long cohort = TestData.demoCohort();
        long anne = TestData.person("anne");
        String territory = territoryName("anne");
        List<Long> resources = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            TestData.update("insert into resource (version, nature, type, title, summary, author, pub_year, url, status, "
                    + "created_by, created_at) values (0, 'METHOD', 'LINK', ?, 'Résumé', 'Auteur', 2025, "
                    + "'https://example.org/r', 'APPROVED', 'claire', utc_timestamp())", TITLE + i);
            resources.add(TestData.id("select id from resource where title = ?", TITLE + i));
        }
        long before = resourcesRead(base, cohort, territory);

        // Another server's write: not heard here, the kept figures stand.
        long behindItsBack = System.currentTimeMillis();
        readBehindTheServersBack(resources.get(0), anne);
        assertThat(resourcesRead(base, cohort, territory)).isEqualTo(before);

        // Recorded through this server: the figures are computed again, with the other write as well.
        try (Browser browser = new Browser(base)) {
            browser.signIn("anne", Personas.PASSWORD);
            HtmlPage read = Browser.click(browser.open("kit/view.xhtml?id=" + resources.get(1)), "marks:markRead");
            assertThat(read.asNormalizedText()).contains("Votre marque est enregistrée.");
        }
        assertThat(resourcesRead(base, cohort, territory)).isEqualTo(before + 2);

        // Another write behind its back: seen once the kept figures have expired, not before.
        readBehindTheServersBack(resources.get(2), anne);
        long keptSince = System.currentTimeMillis();
        long seen = resourcesRead(base, cohort, territory);
        if (System.currentTimeMillis() - keptSince < KEEP_MILLIS / 2) {
            assertThat(seen).isEqualTo(before + 2);
        }
        Thread.sleep(KEEP_MILLIS + 1_000 - (System.currentTimeMillis() - keptSince));
        assertThat(resourcesRead(base, cohort, territory)).isEqualTo(before + 3);
        assertThat(System.currentTimeMillis() - behindItsBack).isGreaterThan(KEEP_MILLIS);
    }

    private static void readBehindTheServersBack(long resource, long person) throws Exception {
        TestData.update("insert into resource_mark (resource_id, person_id, read_at, useful) "
                + "values (?, ?, utc_timestamp() - interval 1 minute, false)", resource, person);
    }

    private static long resourcesRead(URL base, long cohort, String territory) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(base.toURI().resolve("api/monitoring/cohorts/" + cohort + "/territories"))
                .header("Authorization", Personas.FACILITATOR.basic()).header("Accept", "application/json").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return MonitoringIT.object(answer.body(), "territory", territory).get("resourcesRead");
    }

    private static String territoryName(String username) throws Exception {
        return TestData.text("select t.name from member m join person p on p.email = m.email "
                + "join territory t on t.id = m.territory_id where p.username = ? order by m.id limit 1", username);
    }
}
