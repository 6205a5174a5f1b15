package org.parcours.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signed in on the sign-in page, with plain HTTP (no browser, so nothing but the page itself
 * is requested): GETs, and the partial request a PrimeFaces schedule sends to load a range's events.
 */
final class SignedInClient {

    private static final Pattern TAG = Pattern.compile("<(form|input)\\b([^>]*)>|</form>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private SignedInClient(URI base) {
        this.base = base;
    }

    static SignedInClient signIn(URI base, String username) throws IOException, InterruptedException {
        SignedInClient me = new SignedInClient(base);
        Map<String, String> form = me.form(me.get("login.xhtml").body(), "form");
        form.put("form:username", username);
        form.put("form:password", Personas.PASSWORD);
        form.put("form:submit", "");
        me.post(form.remove("@action"), form, false);
        if (me.get("index.xhtml").statusCode() != 200) {
            throw new AssertionError(username + " could not sign in");
        }
        return me;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The schedule component's events from {@code from} to {@code to} (ISO dates), on a page opened before. */
    HttpResponse<String> scheduleEvents(String pageHtml, String component, String from, String to)
            throws IOException, InterruptedException {
        Map<String, String> form = form(pageHtml, component.substring(0, component.indexOf(':')));
        String action = form.remove("@action");
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", component);
        form.put("jakarta.faces.partial.execute", component);
        form.put("jakarta.faces.partial.render", component);
        form.put(component, component);
        form.put(component + "_event", "true");
        form.put(component + "_start", from + "T00:00:00.000Z");
        form.put(component + "_end", to + "T00:00:00.000Z");
        return post(action, form, true);
    }

    private HttpResponse<String> post(String action, Map<String, String> fields, boolean partial)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (partial) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The hidden fields of a form (view state, CSP nonce), its name, and its action under "@action". */
    private Map<String, String> form(String html, String formId) {
        Matcher tags = TAG.matcher(html);
        Map<String, String> fields = null;
        while (tags.find()) {
            if (tags.group(1) == null) {
                if (fields != null) {
                    return fields;
                }
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(tags.group(2));
            while (m.find()) {
                attributes.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            if (tags.group(1).equalsIgnoreCase("form") && formId.equals(attributes.get("id"))) {
                fields = new LinkedHashMap<>();
                fields.put("@action", attributes.get("action"));
                fields.put(formId, formId);
            } else if (fields != null && "hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        throw new AssertionError("No form " + formId + " in the page");
    }
}
