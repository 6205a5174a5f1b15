package org.parcours.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Faces form out of a page: its action and its hidden fields (view state, CSP nonce). */
final class Forms {

    private static final Pattern TAG = Pattern.compile("<(form|input)\\b([^>]*)>|</form>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");

    private Forms() {
    }

    /** The form with this id, or an exception naming it when the page has none. */
    static Page.Prepared read(String html, String formId) {
        Matcher tags = TAG.matcher(html);
        String action = null;
        Map<String, String> hidden = new LinkedHashMap<>();
        while (tags.find()) {
            if (tags.group(1) == null) { // </form>
                if (action != null) {
                    return new Page.Prepared(action, hidden);
                }
                continue;
            }
            Map<String, String> attributes = attributes(tags.group(2));
            if (tags.group(1).equalsIgnoreCase("form")) {
                if (formId.equals(attributes.get("id"))) {
                    action = attributes.get("action");
                    hidden.put(formId, formId);
                }
            } else if (action != null && "hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                hidden.put(attributes.get("name"), attributes.getOrDefault("value", ""));
            }
        }
        throw new IllegalStateException("No form '" + formId + "' in the page");
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            attributes.put(m.group(1), unescape(m.group(2)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
