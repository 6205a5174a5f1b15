package org.parcours.it;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.htmlunit.html.HtmlPage;

/**
 * The people the access rules are checked for: nobody, each role, and a member of territory A (Pays
 * de Redon) against a member of territory B (Ville de Lens). All demo accounts use the same password.
 */
enum Personas {
    ANONYMOUS(null),
    ADMIN("admin"),
    FACILITATOR("claire"),
    PARTNER("paul"),
    TERRITORY_A("anne"),
    TERRITORY_B("marc");

    static final String PASSWORD = "parcours";

    final String username;

    Personas(String username) {
        this.username = username;
    }

    /** The Authorization header of this persona for the API, or {@code null} for nobody. */
    String basic() {
        return username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser signed in as this persona (not signed in for nobody). */
    Browser browser(URL base) throws IOException {
        Browser browser = new Browser(base);
        if (username != null) {
            HtmlPage home = browser.signIn(username, PASSWORD);
            if (home.getUrl().getPath().endsWith("/login.xhtml")) {
                browser.close();
                throw new AssertionError(username + " could not sign in");
            }
        }
        return browser;
    }
}
