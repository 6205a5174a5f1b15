package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances clustered on Payara's Hazelcast data grid (TCP/IP discovery on loopback,
 * as deploy/README.md sets up), on the one test database, behind nginx configured with
 * deploy/nginx/parcours-proxy.conf. A person signs in, switches language, starts a form; the
 * instance serving them is killed (SIGKILL, no clean shutdown); their next request goes on on the
 * other instance without signing in again: the form's view state and view-scoped bean, the
 * session-scoped language and the signed-in principal all came from the data grid.
 * <p>
 * Runs with {@code -Pcluster} (it needs nginx: {@value Nginx#INSTALL}); without nginx it fails.
 */
class ClusterFailoverIT {

    private static final Pattern TWO_MEMBERS = Pattern.compile("DG Size: 2\\b");

    @Test
    void a_signed_in_person_goes_on_without_signing_in_again_when_the_instance_serving_them_dies() throws Exception {
        Nginx.binary(); // before booting anything: no nginx, no test
        Path work = Path.of(System.getProperty("parcours.it.work"), "cluster");
        deleteTree(work);
        int gridA = StandaloneServer.freePort();
        int gridB = StandaloneServer.freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        String cluster = "parcours-it-" + ProcessHandle.current().pid();
        try (StandaloneServer a = StandaloneServer.launch(work.resolve("a"), StandaloneServer.freePort(),
                environment(work, true), member("parcours-a", cluster, gridA, members));
                StandaloneServer b = StandaloneServer.launch(work.resolve("b"), StandaloneServer.freePort(),
                        environment(work, false), member("parcours-b", cluster, gridB, members))) {
            a.awaitStatus("login.xhtml", 200, Duration.ofMinutes(4));
            b.awaitStatus("login.xhtml", 200, Duration.ofMinutes(4));
            awaitLog(a, TWO_MEMBERS, Duration.ofSeconds(60), "instance a did not see instance b join its cluster");
            awaitLog(b, TWO_MEMBERS, Duration.ofSeconds(60), "instance b did not see instance a join its cluster");

            try (Nginx nginx = Nginx.start(work.resolve("nginx"), List.of(a.port(), b.port()));
                    Browser browser = new Browser(new URL("http://127.0.0.1:" + nginx.port() + "/"))) {
                HtmlPage home = browser.signIn("claire", "parcours");
                assertThat(home.getUrl().getPath()).doesNotEndWith("/login.xhtml");
                HtmlPage english = Browser.click(home, "userForm:en");
                assertThat(english.getDocumentElement().getAttribute("lang")).isEqualTo("en");

                HtmlPage form = browser.open("territories/edit.xhtml");
                String servedBy = upstream(form);
                Browser.type(form, "form:name", "Cluster Failover Territory");
                ((HtmlSelect) form.getElementById("form:kind_input")).setSelectedAttribute("MUNICIPALITY", true);
                Browser.type(form, "form:region", "Normandie");
                form = Browser.click(form, "form:addMember"); // the new row lives in the view-scoped editor
                assertThat(upstream(form)).as("the same instance serves a session while it is up").isEqualTo(servedBy);
                Browser.type(form, "form:members:0:fullName", "Inès Failover");
                Browser.type(form, "form:members:0:email", "ines.failover@cluster.example.org");
                ((HtmlSelect) form.getElementById("form:members:0:teamRole_input")).setSelectedAttribute("OFFICER", true);

                StandaloneServer serving = servedBy.equals("127.0.0.1:" + a.port()) ? a : b;
                StandaloneServer survivor = serving == a ? b : a;
                assertThat(servedBy).isEqualTo("127.0.0.1:" + serving.port());
                serving.kill();

                HtmlPage saved = Browser.click(form, "form:save");
                assertThat(upstream(saved)).as("served after the failure by").isEqualTo("127.0.0.1:" + survivor.port());
                assertThat(saved.getWebResponse().getStatusCode()).isEqualTo(200);
                assertThat(saved.getUrl().getPath()).as("saved, not sent to sign in").endsWith("/territories/view.xhtml");
                assertThat(saved.getDocumentElement().getAttribute("lang")).as("language kept").isEqualTo("en");
                assertThat(saved.asNormalizedText()).contains("claire", "Cluster Failover Territory", "Normandie",
                        "Inès Failover", "Team");

                HtmlPage cohorts = browser.open("cohorts/index.xhtml");
                assertThat(cohorts.getUrl().getPath()).endsWith("/cohorts/index.xhtml");
                assertThat(cohorts.getWebResponse().getStatusCode()).isEqualTo(200);
                assertThat(cohorts.asNormalizedText()).contains("claire", "Cohorts");
            }
            try (Browser stranger = new Browser(new URL(b.isAlive() ? b.base().toURL() : a.base().toURL(), "/"))) {
                assertThat(stranger.open("index.xhtml").getUrl().getPath())
                        .as("a new visitor still has to sign in").endsWith("/login.xhtml");
            }
        }
    }

    /** The options that make an instance a member of the test's cluster, found over loopback only. */
    private static List<String> member(String name, String cluster, int gridPort, String members) {
        return List.of("--name", name, "--clustername", cluster, "--clustermode", "tcpip:" + members,
                "--startport", String.valueOf(gridPort), "--interfaces", "127.0.0.1",
                // Both members share one address: backups must still go to the other member.
                "--nohostaware");
    }

    /** The shared test database; demo data from one instance only, so that two do not race to load it. */
    private static Map<String, String> environment(Path work, boolean demo) {
        Map<String, String> env = new HashMap<>();
        env.put("PARCOURS_DB_URL", System.getProperty("parcours.it.db.url"));
        env.put("PARCOURS_DB_USER", System.getProperty("parcours.it.db.user"));
        env.put("PARCOURS_DB_PASSWORD", System.getProperty("parcours.it.db.password"));
        env.put("PARCOURS_DEMO_ENABLED", String.valueOf(demo));
        env.put("PARCOURS_FILES_DIR", work.resolve("files").toString());
        return env;
    }

    private static String upstream(HtmlPage page) {
        String upstream = page.getWebResponse().getResponseHeaderValue(Nginx.UPSTREAM_HEADER);
        assertThat(upstream).as("nginx names the instance that served " + page.getUrl()).isNotBlank();
        // After a failed attempt nginx lists every address it tried: the last one answered.
        String[] tried = upstream.split(",\\s*");
        return tried[tried.length - 1].trim();
    }

    private static void awaitLog(StandaloneServer server, Pattern pattern, Duration timeout, String failure)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (pattern.matcher(server.log()).find()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(failure + " within " + timeout + "; see " + server.base());
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
