package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcours.it.Personas.ADMIN;
import static org.parcours.it.Personas.ANONYMOUS;
import static org.parcours.it.Personas.FACILITATOR;
import static org.parcours.it.Personas.PARTNER;
import static org.parcours.it.Personas.TERRITORY_A;
import static org.parcours.it.Personas.TERRITORY_B;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.htmlunit.Page;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, for every page of the WAR and every endpoint of the API, found in the built WAR
 * (a new page or endpoint without a line in the tables below fails the test), for nobody, each role,
 * and a member of territory A against a member of territory B.
 */
class AccessMatrixIT extends ParcoursIT {

    private static final Personas[] SIGNED_IN = {ADMIN, FACILITATOR, PARTNER, TERRITORY_A, TERRITORY_B};

    /** One address to request and the status each persona must get. */
    record Check(String method, String url, Map<Personas, Integer> expected) {
        Check(String url, Map<Personas, Integer> expected) {
            this("GET", url, expected);
        }
    }

    /**
     * Pages: 302 to the sign-in page for nobody, 200 for whoever may, 403 for the others. {redon} and
     * {lens} are territories A and B, {demo} the demo cohort (every territory, paul as partner, claire
     * as facilitator), {lensOnly} a cohort of territory B alone, {paul} a person.
     */
    static Map<String, List<Check>> pages() {
        Map<String, List<Check>> pages = new LinkedHashMap<>();
        Map<Personas, Integer> everyone = page(SIGNED_IN);
        Map<Personas, Integer> organisers = page(ADMIN, FACILITATOR);
        Map<Personas, Integer> admins = page(ADMIN);
        Map<Personas, Integer> signInPage = new EnumMap<>(Personas.class); // public: the same for everyone
        for (Personas persona : Personas.values()) {
            signInPage.put(persona, 200);
        }
        pages.put("login.xhtml", List.of(new Check("login.xhtml", signInPage)));
        pages.put("accessibility.xhtml", List.of(new Check("accessibility.xhtml", signInPage)));
        pages.put("index.xhtml", List.of(new Check("index.xhtml", everyone)));
        pages.put("territories/index.xhtml", List.of(new Check("territories/index.xhtml", everyone)));
        pages.put("territories/view.xhtml", List.of(
                new Check("territories/view.xhtml?id={redon}", everyone),
                new Check("territories/view.xhtml?id={lens}", everyone)));
        pages.put("territories/edit.xhtml", List.of(
                new Check("territories/edit.xhtml", organisers),
                new Check("territories/edit.xhtml?id={redon}", organisers)));
        pages.put("cohorts/index.xhtml", List.of(new Check("cohorts/index.xhtml", everyone)));
        pages.put("cohorts/view.xhtml", List.of(
                new Check("cohorts/view.xhtml?id={demo}", everyone),
                new Check("cohorts/view.xhtml?id={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("cohorts/edit.xhtml", List.of(
                new Check("cohorts/edit.xhtml", organisers),
                new Check("cohorts/edit.xhtml?id={demo}", organisers),
                // claire facilitates the demo cohort, not this one: she reads it but may not revise it.
                new Check("cohorts/edit.xhtml?id={lensOnly}", admins)));
        // The nine-month path. {workshop} and {work} are sessions of the demo cohort for all its territories.
        pages.put("schedule/cohort.xhtml", List.of(
                new Check("schedule/cohort.xhtml?id={demo}", everyone),
                new Check("schedule/cohort.xhtml?id={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("schedule/session.xhtml", List.of(new Check("schedule/session.xhtml?id={workshop}", everyone)));
        pages.put("schedule/edit.xhtml", List.of(
                new Check("schedule/edit.xhtml?id={workshop}", organisers),
                new Check("schedule/edit.xhtml?cohort={demo}", organisers),
                new Check("schedule/edit.xhtml?cohort={lensOnly}", admins)));
        // Attendance sheets: the cohort's managers mark them, its partners read them, territories never.
        pages.put("schedule/attendance.xhtml", List.of(
                new Check("schedule/attendance.xhtml?session={workshop}", page(ADMIN, FACILITATOR, PARTNER))));
        pages.put("schedule/calendar.xhtml", List.of(
                new Check("schedule/calendar.xhtml", everyone),
                // Partners follow the territories of their cohorts; another territory never sees Redon's.
                new Check("schedule/calendar.xhtml?territory={redon}", page(ADMIN, FACILITATOR, PARTNER, TERRITORY_A))));
        pages.put("schedule/checkin.xhtml", List.of(new Check("schedule/checkin.xhtml", everyone)));
        pages.put("schedule/programmes.xhtml", List.of(new Check("schedule/programmes.xhtml", everyone)));
        pages.put("schedule/programme.xhtml", List.of(new Check("schedule/programme.xhtml?id={programme}", everyone)));
        // Individual work: private to each territory; partners never read it.
        pages.put("work/assignment.xhtml", List.of(
                new Check("work/assignment.xhtml?session={work}", page(ADMIN, FACILITATOR, TERRITORY_A, TERRITORY_B))));
        // Co-development: everyone reading the cohort sees that sessions took place; the content is
        // checked on the API below (the pages show it to the group and its facilitators only).
        pages.put("codev/index.xhtml", List.of(new Check("codev/index.xhtml?cohort={demo}", everyone)));
        pages.put("codev/group.xhtml", List.of(new Check("codev/group.xhtml?id={group}", everyone)));
        pages.put("codev/session.xhtml", List.of(new Check("codev/session.xhtml?id={codevSession}", everyone)));
        // Groups are formed by the cohort's facilitators, who also read what is said in them: not by
        // admins, whom confidentiality keeps out of the groups' content.
        pages.put("codev/edit.xhtml", List.of(new Check("codev/edit.xhtml?cohort={demo}", page(FACILITATOR))));
        pages.put("visits/index.xhtml", List.of(new Check("visits/index.xhtml?cohort={demo}", everyone)));
        pages.put("visits/view.xhtml", List.of(new Check("visits/view.xhtml?id={visit}", everyone)));
        // A territory's team proposes the visits it hosts; partners change nothing.
        pages.put("visits/edit.xhtml", List.of(new Check("visits/edit.xhtml?cohort={demo}",
                page(ADMIN, FACILITATOR, TERRITORY_A, TERRITORY_B))));
        pages.put("speaking/index.xhtml", List.of(new Check("speaking/index.xhtml?cohort={demo}", everyone)));
        pages.put("speaking/view.xhtml", List.of(new Check("speaking/view.xhtml?id={testimony}", everyone)));
        // The resource centre: everyone reads it; managers create and edit; territory teams suggest.
        pages.put("kit/index.xhtml", List.of(new Check("kit/index.xhtml", everyone),
                new Check("kit/index.xhtml?q=co-construction&nature=FRAMEWORK&phase=NEEDS&theme=HYBRID_MODELS&type=LINK",
                        everyone)));
        pages.put("kit/view.xhtml", List.of(new Check("kit/view.xhtml?id={resource}", everyone)));
        pages.put("kit/edit.xhtml", List.of(
                new Check("kit/edit.xhtml", page(ADMIN, FACILITATOR, TERRITORY_A, TERRITORY_B)),
                new Check("kit/edit.xhtml?id={resource}", organisers)));
        // Evaluation: everyone reading the cohort opens its evaluation and a session's questionnaire; results
        // (figures) for admins, facilitators and the cohort's partners; a team's self-assessment (with its
        // comments) for that team, facilitators and admins; the questions for the cohort's managers.
        pages.put("evaluation/index.xhtml", List.of(
                new Check("evaluation/index.xhtml?cohort={demo}", everyone),
                new Check("evaluation/index.xhtml?cohort={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("evaluation/session.xhtml", List.of(new Check("evaluation/session.xhtml?id={workshop}", everyone)));
        pages.put("evaluation/assessment.xhtml", List.of(
                new Check("evaluation/assessment.xhtml?cohort={demo}&territory={redon}&round=MID",
                        page(ADMIN, FACILITATOR, TERRITORY_A)),
                new Check("evaluation/assessment.xhtml?cohort={demo}&territory={lens}&round=END",
                        page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("evaluation/grid.xhtml", List.of(
                new Check("evaluation/grid.xhtml?cohort={demo}", organisers),
                new Check("evaluation/grid.xhtml?cohort={lensOnly}", admins)));
        pages.put("evaluation/results.xhtml", List.of(
                new Check("evaluation/results.xhtml?cohort={demo}", page(ADMIN, FACILITATOR, PARTNER)),
                new Check("evaluation/results.xhtml?cohort={lensOnly}", organisers)));
        // The exchange space: the cohort's territory members and the organisers; partners only where the
        // cohort allows it (off by default, as for the demo cohort); another cohort's members never.
        Map<Personas, Integer> demoExchange = page(ADMIN, FACILITATOR, TERRITORY_A, TERRITORY_B);
        pages.put("exchange/index.xhtml", List.of(
                new Check("exchange/index.xhtml?cohort={demo}", demoExchange),
                new Check("exchange/index.xhtml?cohort={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("exchange/thread.xhtml", List.of(new Check("exchange/thread.xhtml?id={thread}", demoExchange)));
        pages.put("exchange/preferences.xhtml", List.of(new Check("exchange/preferences.xhtml", everyone)));
        // The network directory: everyone signed in searches it and edits their own entry.
        pages.put("directory/index.xhtml", List.of(new Check("directory/index.xhtml", everyone),
                new Check("directory/index.xhtml?q=Anne&territory={redon}&theme=SKILLS", everyone)));
        pages.put("directory/profile.xhtml", List.of(new Check("directory/profile.xhtml", everyone)));
        // The monthly logbook: everyone following the cohort reads its published issues; drafts and the
        // editor belong to the cohort's own facilitators (not admins); a published issue is no longer edited.
        pages.put("logbook/index.xhtml", List.of(
                new Check("logbook/index.xhtml?cohort={demo}", everyone),
                new Check("logbook/index.xhtml?cohort={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("logbook/issue.xhtml", List.of(
                new Check("logbook/issue.xhtml?id={logbook}", everyone),
                new Check("logbook/issue.xhtml?id={logbookDraft}", page(FACILITATOR))));
        pages.put("logbook/edit.xhtml", List.of(
                new Check("logbook/edit.xhtml?id={logbookDraft}", page(FACILITATOR)),
                new Check("logbook/edit.xhtml?id={logbook}", page())));
        // Progress monitoring: dashboards for admins, facilitators and the cohort's partners; a territory's
        // progress also for its own team; "my progress" (no id) for everyone (a notice for those in no team).
        pages.put("monitoring/index.xhtml", List.of(new Check("monitoring/index.xhtml", page(ADMIN, FACILITATOR, PARTNER))));
        pages.put("monitoring/cohort.xhtml", List.of(
                new Check("monitoring/cohort.xhtml?id={demo}", page(ADMIN, FACILITATOR, PARTNER)),
                new Check("monitoring/cohort.xhtml?id={lensOnly}", organisers)));
        pages.put("monitoring/territory.xhtml", List.of(
                new Check("monitoring/territory.xhtml", everyone),
                new Check("monitoring/territory.xhtml?id={redon}", page(ADMIN, FACILITATOR, PARTNER, TERRITORY_A)),
                new Check("monitoring/territory.xhtml?id={lens}&cohort={lensOnly}", page(ADMIN, FACILITATOR, TERRITORY_B))));
        pages.put("admin/people.xhtml", List.of(new Check("admin/people.xhtml", admins)));
        pages.put("admin/person.xhtml", List.of(new Check("admin/person.xhtml?id={paul}", admins)));
        pages.put("admin/audit.xhtml", List.of(new Check("admin/audit.xhtml", admins)));
        // Personal data: everyone reads "Mes données" (their own); only admins reach the erasure step.
        pages.put("me/data.xhtml", List.of(new Check("me/data.xhtml", everyone)));
        pages.put("admin/erase.xhtml", List.of(new Check("admin/erase.xhtml?id={paul}", admins)));
        return pages;
    }

    /** API endpoints ("METHOD /api/path"): 401 problem for nobody, 200 for whoever may, 403 for the others. */
    static Map<String, List<Check>> endpoints() {
        Map<String, List<Check>> endpoints = new LinkedHashMap<>();
        Map<Personas, Integer> everyone = api(SIGNED_IN);
        endpoints.put("GET /api/territories", List.of(new Check("api/territories", everyone)));
        endpoints.put("GET /api/territories/{id}", List.of(new Check("api/territories/{lens}", everyone)));
        endpoints.put("GET /api/cohorts", List.of(new Check("api/cohorts", everyone)));
        endpoints.put("GET /api/cohorts/{id}", List.of(
                new Check("api/cohorts/{demo}", everyone),
                new Check("api/cohorts/{lensOnly}", api(ADMIN, FACILITATOR, TERRITORY_B))));
        endpoints.put("GET /api/codev/groups/{id}/sessions",
                List.of(new Check("api/codev/groups/{group}/sessions", everyone)));
        endpoints.put("GET /api/codev/sessions/{id}", List.of(new Check("api/codev/sessions/{codevSession}", everyone)));
        // What was said in a session: its group (Redon and Lens are in the demo group) and its facilitators.
        endpoints.put("GET /api/codev/sessions/{id}/content", List.of(
                new Check("api/codev/sessions/{codevSession}/content", api(FACILITATOR, TERRITORY_A, TERRITORY_B))));
        endpoints.put("GET /api/visits/{id}", List.of(new Check("api/visits/{visit}", everyone)));
        endpoints.put("GET /api/visits/learnings",
                List.of(new Check("api/visits/learnings?cohort={demo}&month={month}", api(ADMIN, FACILITATOR))));
        // State changes: only who may not is checked here (no side effect); who may is tested by CoDevAndVisitsIT.
        endpoints.put("POST /api/visits/{id}/registrations", List.of(
                new Check("POST", "api/visits/{visit}/registrations", refusedTo(PARTNER))));
        endpoints.put("DELETE /api/visits/{id}/registrations/{member}", List.of(
                new Check("DELETE", "api/visits/{visit}/registrations/1", refusedTo(PARTNER))));
        endpoints.put("GET /api/resources", List.of(new Check("api/resources?type=MOOC&theme=SKILLS", everyone)));
        endpoints.put("POST /api/resources/{id}/approval", List.of(
                new Check("POST", "api/resources/{resource}/approval", refusedTo(PARTNER, TERRITORY_A, TERRITORY_B))));
        endpoints.put("GET /api/evaluation/cohorts/{id}", List.of(
                new Check("api/evaluation/cohorts/{demo}", api(ADMIN, FACILITATOR, PARTNER)),
                new Check("api/evaluation/cohorts/{lensOnly}", api(ADMIN, FACILITATOR))));
        // Running the reminders now: admins only (EvaluationIT runs it).
        endpoints.put("POST /api/evaluation/reminders", List.of(
                new Check("POST", "api/evaluation/reminders", refusedTo(FACILITATOR, PARTNER, TERRITORY_A, TERRITORY_B))));
        Map<Personas, Integer> demoExchange = api(ADMIN, FACILITATOR, TERRITORY_A, TERRITORY_B);
        endpoints.put("GET /api/exchange/threads", List.of(
                new Check("api/exchange/threads?cohort={demo}", demoExchange),
                new Check("api/exchange/threads?cohort={lensOnly}", api(ADMIN, FACILITATOR, TERRITORY_B))));
        endpoints.put("GET /api/exchange/threads/{id}/posts",
                List.of(new Check("api/exchange/threads/{thread}/posts", demoExchange)));
        // Running the daily digest now: admins only (ExchangeIT runs it).
        endpoints.put("POST /api/exchange/digests", List.of(
                new Check("POST", "api/exchange/digests?day=2000-01-01", refusedTo(FACILITATOR, PARTNER, TERRITORY_A, TERRITORY_B))));
        endpoints.put("GET /api/directory", List.of(new Check("api/directory?theme=EVALUATION", everyone)));
        // Each signed-in person downloads their own data, never another's (no id in the path).
        endpoints.put("GET /api/me/personal-data", List.of(new Check("api/me/personal-data", everyone)));
        endpoints.put("POST /api/privacy/retention/runs", List.of(new Check("POST", "api/privacy/retention/runs",
                refusedTo(FACILITATOR, PARTNER, TERRITORY_A, TERRITORY_B))));
        Map<Personas, Integer> watchers = api(ADMIN, FACILITATOR, PARTNER);
        endpoints.put("GET /api/monitoring/cohorts", List.of(new Check("api/monitoring/cohorts", watchers)));
        endpoints.put("GET /api/monitoring/cohorts/{id}/territories", List.of(
                new Check("api/monitoring/cohorts/{demo}/territories", watchers),
                new Check("api/monitoring/cohorts/{lensOnly}/territories", api(ADMIN, FACILITATOR))));
        endpoints.put("GET /api/monitoring/cohorts/{id}/alerts",
                List.of(new Check("api/monitoring/cohorts/{demo}/alerts", watchers)));
        endpoints.put("GET /api/monitoring/cohorts/{id}/trend",
                List.of(new Check("api/monitoring/cohorts/{demo}/trend", watchers)));
        endpoints.put("GET /api/monitoring/territories/{id}", List.of(
                new Check("api/monitoring/territories/{redon}", api(ADMIN, FACILITATOR, PARTNER, TERRITORY_A))));
        // Sending reports: only who may not is checked here; MonitoringIT sends them.
        endpoints.put("POST /api/monitoring/cohorts/{id}/report", List.of(new Check("POST",
                "api/monitoring/cohorts/{demo}/report?month=2026-01", refusedTo(PARTNER, TERRITORY_A, TERRITORY_B))));
        endpoints.put("POST /api/monitoring/monthly-reports", List.of(new Check("POST",
                "api/monitoring/monthly-reports?day=2026-01-02", refusedTo(FACILITATOR, PARTNER, TERRITORY_A, TERRITORY_B))));
        return endpoints;
    }

    /** Anonymous gets 401 and these personas 403; the others are not checked by this row. */
    private static Map<Personas, Integer> refusedTo(Personas... refused) {
        Map<Personas, Integer> statuses = new EnumMap<>(Personas.class);
        statuses.put(ANONYMOUS, 401);
        for (Personas persona : refused) {
            statuses.put(persona, 403);
        }
        return statuses;
    }

    @Test
    void every_page_and_endpoint_of_the_war_has_its_expected_access() throws Exception {
        assertThat(new TreeSet<>(pages().keySet())).as("pages in the WAR")
                .isEqualTo(new TreeSet<>(Deployments.pages()));
        assertThat(new TreeSet<>(endpoints().keySet())).as("endpoints in the WAR")
                .isEqualTo(new TreeSet<>(WarContents.endpoints()));
    }

    @Test
    void each_persona_gets_the_expected_status_on_every_page() throws Exception {
        Map<String, String> ids = ids();
        SoftAssertions softly = new SoftAssertions();
        HttpClient anonymous = HttpClient.newHttpClient();
        for (Personas persona : Personas.values()) {
            try (Browser browser = persona == ANONYMOUS ? null : persona.browser(base)) {
                for (List<Check> checks : pages().values()) {
                    for (Check check : checks) {
                        String url = resolve(check.url(), ids);
                        int expected = check.expected().get(persona);
                        if (browser == null) {
                            HttpResponse<Void> response = anonymous.send(
                                    HttpRequest.newBuilder(base.toURI().resolve(url)).GET().build(),
                                    HttpResponse.BodyHandlers.discarding());
                            softly.assertThat(response.statusCode()).as(persona + " " + url).isEqualTo(expected);
                        } else {
                            Page page = browser.client().getPage(new URL(base, url));
                            softly.assertThat(page.getWebResponse().getStatusCode()).as(persona + " " + url)
                                    .isEqualTo(expected);
                            if (!url.startsWith("login")) {
                                softly.assertThat(page.getUrl().getPath()).as(persona + " " + url + " stays signed in")
                                        .doesNotEndWith("/login.xhtml");
                            }
                        }
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void each_persona_gets_the_expected_status_on_every_endpoint() throws Exception {
        Map<String, String> ids = ids();
        SoftAssertions softly = new SoftAssertions();
        HttpClient http = HttpClient.newHttpClient();
        for (Personas persona : Personas.values()) {
            for (List<Check> checks : endpoints().values()) {
                for (Check check : checks) {
                    if (!check.expected().containsKey(persona)) {
                        continue;
                    }
                    String url = resolve(check.url(), ids);
                    HttpRequest.Builder request = HttpRequest.newBuilder(base.toURI().resolve(url))
                            .method(check.method(), HttpRequest.BodyPublishers.noBody())
                            .header("Accept", "application/json");
                    if (persona.basic() != null) {
                        request.header("Authorization", persona.basic());
                    }
                    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    softly.assertThat(response.statusCode()).as(persona + " " + url)
                            .isEqualTo(check.expected().get(persona));
                    if (response.statusCode() >= 400) {
                        softly.assertThat(response.headers().firstValue("Content-Type")).as(persona + " " + url)
                                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    }
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void lists_keep_only_the_cohorts_one_may_read() throws Exception {
        long lensOnly = TestData.lensOnlyCohort();
        String marker = "\"id\":" + lensOnly + ",";
        assertThat(apiGet(PARTNER, "api/cohorts?max=200").body()).contains("(démo)").doesNotContain(marker);
        assertThat(apiGet(TERRITORY_A, "api/cohorts?max=200").body()).contains("(démo)").doesNotContain(marker);
        assertThat(apiGet(TERRITORY_B, "api/cohorts?max=200").body()).contains(marker);
        assertThat(apiGet(FACILITATOR, "api/cohorts?max=200").body()).contains(marker);
        try (Browser anne = TERRITORY_A.browser(base)) {
            HtmlPage list = anne.open("cohorts/index.xhtml");
            assertThat(list.asNormalizedText()).contains("(démo)").doesNotContain("Cohorte de Lens seule 2040");
        }
    }

    @Test
    void team_emails_are_shown_to_organisers_and_to_the_same_team_only() throws Exception {
        String redon = "territories/view.xhtml?id=" + TestData.territory("Redon");
        String anneEmail = "anne.riviere@redon.demo.test";
        for (Personas persona : new Personas[] {ADMIN, FACILITATOR, TERRITORY_A}) {
            try (Browser browser = persona.browser(base)) {
                assertThat(browser.open(redon).asXml()).as(persona.name()).contains(anneEmail);
            }
        }
        for (Personas persona : new Personas[] {PARTNER, TERRITORY_B}) {
            try (Browser browser = persona.browser(base)) {
                HtmlPage page = browser.open(redon);
                assertThat(page.asNormalizedText()).as(persona.name()).contains("Anne Rivière");
                assertThat(page.asXml()).as(persona.name()).doesNotContain(anneEmail).doesNotContain("mailto:");
            }
        }
    }

    @Test
    void a_member_removed_from_the_team_loses_access_at_once() throws Exception {
        long lensOnly = TestData.lensOnlyCohort();
        String url = "api/cohorts/" + lensOnly;
        assertThat(apiGet(TERRITORY_B, url).statusCode()).isEqualTo(200);
        String email = "marc.dubois@lens.demo.test";
        try {
            assertThat(TestData.update("update member set email = 'marc.left@lens.demo.test' where email = ?", email))
                    .isEqualTo(1);
            assertThat(apiGet(TERRITORY_B, url).statusCode()).isEqualTo(403);
        } finally {
            TestData.update("update member set email = ? where email = 'marc.left@lens.demo.test'", email);
        }
        assertThat(apiGet(TERRITORY_B, url).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> apiGet(Personas persona, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(path))
                .header("Authorization", persona.basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> ids() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("{redon}", String.valueOf(TestData.territory("Redon")));
        ids.put("{lens}", String.valueOf(TestData.territory("Ville de Lens")));
        ids.put("{demo}", String.valueOf(TestData.demoCohort()));
        ids.put("{lensOnly}", String.valueOf(TestData.lensOnlyCohort()));
        ids.put("{paul}", String.valueOf(TestData.person("paul")));
        ids.put("{workshop}", String.valueOf(TestData.demoSession("COLLECTIVE_WORKSHOP")));
        ids.put("{work}", String.valueOf(TestData.demoSession("INDIVIDUAL_WORK")));
        ids.put("{programme}", String.valueOf(TestData.programme()));
        ids.put("{group}", String.valueOf(TestData.codevGroup()));
        ids.put("{codevSession}", String.valueOf(TestData.codevSession()));
        ids.put("{visit}", String.valueOf(TestData.visit()));
        ids.put("{testimony}", String.valueOf(TestData.testimony()));
        ids.put("{resource}", String.valueOf(TestData.resource()));
        ids.put("{month}", java.time.YearMonth.now().toString());
        ids.put("{thread}", String.valueOf(TestData.exchangeThread()));
        ids.put("{logbook}", String.valueOf(TestData.logbook()));
        ids.put("{logbookDraft}", String.valueOf(TestData.logbookDraft()));
        return ids;
    }

    private static String resolve(String url, Map<String, String> ids) {
        String resolved = url;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    private static Map<Personas, Integer> page(Personas... allowed) {
        return statuses(302, allowed);
    }

    private static Map<Personas, Integer> api(Personas... allowed) {
        return statuses(401, allowed);
    }

    private static Map<Personas, Integer> statuses(int anonymous, Personas... allowed) {
        Map<Personas, Integer> statuses = new EnumMap<>(Personas.class);
        Set<Personas> may = Set.of(allowed);
        for (Personas persona : Personas.values()) {
            statuses.put(persona, persona == ANONYMOUS ? anonymous : may.contains(persona) ? 200 : 403);
        }
        return statuses;
    }
}
