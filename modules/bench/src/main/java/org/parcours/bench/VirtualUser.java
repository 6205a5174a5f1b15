package org.parcours.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One person of the load: their own HTTP client and session cookie, signed in with a generated account. */
final class VirtualUser {

    private final URI base;
    private final Fixture.User account;
    private final Target target;
    private final HttpClient client;
    private final Map<Page, Page.Prepared> prepared = new HashMap<>();

    VirtualUser(URI base, Fixture.User account, Target target) {
        this.base = base;
        this.account = account;
        this.target = target;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Fixture.User account() {
        return account;
    }

    /** Signs in on the sign-in page as a person does; fails if Parcours does not let them in. */
    void signIn() throws IOException, InterruptedException {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Page.Prepared form = Forms.read(login.body(), "form");
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.hiddenFields());
        fields.put("form:username", account.username());
        fields.put("form:password", Fixture.PASSWORD);
        fields.put("form:submit", "");
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        client.send(HttpRequest.newBuilder(base.resolve(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> home = client.send(HttpRequest.newBuilder(base.resolve("/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (home.statusCode() != 200) {
            throw new IllegalStateException(account.username() + " could not sign in (home page answered "
                    + home.statusCode() + ")");
        }
    }

    /**
     * Opens the page a partial request belongs to and keeps its form. Called again before each run of
     * that page: the server keeps a few views per session only, and the pages loaded in between push
     * this one out (the partial request would then answer without events).
     */
    void prepare(Page page) throws IOException, InterruptedException {
        if (!page.isPartial()) {
            return;
        }
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(base.resolve(page.path().apply(target))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String formId = page.scheduleComponent().substring(0, page.scheduleComponent().indexOf(':'));
        prepared.put(page, Forms.read(response.body(), formId));
    }

    /** Sends the page's request; returns null when the answer is right, else what was wrong. */
    String call(Page page) throws IOException, InterruptedException {
        HttpRequest request = page.request(base, target, prepared.get(page)).timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        if (!response.body().contains(page.expect())) {
            return "answer without " + page.expect();
        }
        return null;
    }
}
