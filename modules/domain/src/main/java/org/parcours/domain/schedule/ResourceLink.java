package org.parcours.domain.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.Text;

/** A resource attached to a session: a titled http(s) link (a resource centre comes later). */
@Embeddable
public class ResourceLink implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    public static final int URL_MAX = 1000;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "url", nullable = false, length = URL_MAX)
    private String url;

    protected ResourceLink() {
        // for JPA
    }

    public static ResourceLink of(String title, String url, String field) {
        ResourceLink link = new ResourceLink();
        link.title = Text.required(title, TITLE_MAX, field);
        link.url = WebLink.check(url, field);
        return link;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceLink that && title.equals(that.title) && url.equals(that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, url);
    }

    /** Only absolute http(s) links: a javascript: or file: link must never reach a page. */
    static final class WebLink {
        private WebLink() {
        }

        static String check(String url, String field) {
            String value = Text.required(url, URL_MAX, field);
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme();
                if (scheme == null || uri.getHost() == null
                        || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
                    throw new RuleViolation(field, "link.invalid");
                }
                return value;
            } catch (URISyntaxException e) {
                throw new RuleViolation(field, "link.invalid");
            }
        }
    }
}
