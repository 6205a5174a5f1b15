package org.parcours.it;

import java.io.IOException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;

/**
 * A browser without JavaScript: PrimeFaces buttons then submit their form in full, which checks that
 * every action also works as a plain form post (and keeps the tests deterministic).
 */
final class Browser implements AutoCloseable {

    private final WebClient client;
    private final URL base;

    Browser(URL base, String language) {
        this.base = base;
        BrowserVersion version = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX)
                .setBrowserLanguage(language)
                .setAcceptLanguageHeader(language)
                .build();
        client = new WebClient(version);
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setRedirectEnabled(true);
    }

    Browser(URL base) {
        this(base, "fr-FR");
    }

    HtmlPage open(String path) throws IOException {
        return client.getPage(new URL(base, path));
    }

    HtmlPage signIn(String username, String password) throws IOException {
        return signIn(open("login.xhtml"), username, password);
    }

    static HtmlPage signIn(HtmlPage loginPage, String username, String password) throws IOException {
        ((HtmlInput) loginPage.getElementById("form:username")).type(username);
        ((HtmlInput) loginPage.getElementById("form:password")).type(password);
        return click(loginPage, "form:submit");
    }

    static HtmlPage click(HtmlPage page, String id) throws IOException {
        HtmlElement element = page.getHtmlElementById(id);
        return element.click();
    }

    static void type(HtmlPage page, String id, String text) {
        HtmlInput input = page.getHtmlElementById(id);
        input.setValue(text);
    }

    WebClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
