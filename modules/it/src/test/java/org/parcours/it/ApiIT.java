package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The read-only JSON API: territories and cohorts, and problem+json for every client error. */
class ApiIT extends ParcoursIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString("paul:parcours".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path))
                        .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_territory_list_holds_the_twelve_demo_territories() throws Exception {
        HttpResponse<String> response = get("api/territories?max=100");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"total\":", "Communauté de communes du Pays de Redon", "Ville de Lens");
        assertThat(Pattern.compile("\"demo\":true").matcher(response.body()).results().count()).isEqualTo(12);
    }

    @Test
    void the_territory_list_is_searched_by_name_or_region() throws Exception {
        HttpResponse<String> response = get("api/territories?q=bretagne");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Pays de Redon", "Pays de Morlaix").doesNotContain("Ville de Lens");
        // Other test classes add territories of their own: the total is what the database holds for the search.
        long inBrittany = TestData.id("select count(*) from territory where name like '%bretagne%' or region like '%bretagne%'");
        assertThat(inBrittany).isGreaterThanOrEqualTo(2);
        assertThat(response.body()).containsPattern("\"total\":" + inBrittany + "\\D");
    }

    @Test
    void the_territory_list_is_sorted_by_the_column_asked_for() throws Exception {
        String byRegionDescending = get("api/territories?sort=region&order=desc&max=3").body();
        assertThat(byRegionDescending).contains("\"total\":");
        List<String> regions = Pattern.compile("\"region\":\"([^\"]+)\"").matcher(byRegionDescending).results()
                .map(r -> r.group(1)).toList();
        // The database sorts by its Unicode collation: compare with the French collator, not by code point.
        Comparator<Object> french = Collator.getInstance(Locale.FRENCH);
        assertThat(regions).hasSize(3).isSortedAccordingTo((a, b) -> french.compare(b, a));

        String firstByName = get("api/territories?sort=name&max=1").body();
        String firstByNameDescending = get("api/territories?sort=name&order=desc&max=1").body();
        assertThat(firstByName).isNotEqualTo(firstByNameDescending);
    }

    @Test
    void one_territory_shows_its_team_without_email_addresses() throws Exception {
        String id = firstId(get("api/territories?q=Redon").body());
        HttpResponse<String> response = get("api/territories/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Anne Rivière", "ELECTED_OFFICIAL").doesNotContain("@");
    }

    @Test
    void a_cohort_shows_its_territories_and_facilitators() throws Exception {
        String id = firstId(get("api/cohorts").body());
        HttpResponse<String> response = get("api/cohorts/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Claire Moreau", "Ville de Lens", "\"startDate\":\"");
    }

    @Test
    void a_malformed_id_is_a_400_problem() throws Exception {
        for (String path : new String[] {"api/territories/abc", "api/cohorts/-3", "api/territories?max=0",
                "api/territories?first=abc", "api/cohorts?max=1000", "api/territories?sort=password",
                "api/territories?order=sideways"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).contains("\"status\":400", "\"detail\":");
        }
    }

    @Test
    void an_unknown_id_or_path_is_a_404_problem() throws Exception {
        for (String path : new String[] {"api/territories/999999", "api/cohorts/999999", "api/nothing-here"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void a_wrong_password_is_a_401_problem() throws Exception {
        String basic = Base64.getEncoder().encodeToString("paul:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve("api/cohorts"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"status\":401");
    }

    static String firstId(String json) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(matcher.find()).as("an id in " + json).isTrue();
        return matcher.group(1);
    }
}
