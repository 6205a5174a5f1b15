package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parcours.application.directory.DirectoryCard;
import org.parcours.application.directory.NetworkDirectory;
import org.parcours.application.exchange.Paged;
import org.parcours.domain.directory.DirectorySearch;
import org.parcours.domain.visit.Theme;

/**
 * The network directory, searched by words, territory and theme. Each card carries only what its
 * person chose to show: a hidden field is absent (null), never the stored value.
 */
@Path("directory")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    NetworkDirectory directory;

    public record Results(long total, int page, List<DirectoryCard> items) {
    }

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("territory") String territory,
            @QueryParam("theme") String theme, @QueryParam("page") String page) {
        if (q != null && q.length() > 200) {
            throw new BadRequestException("At most 200 characters of words.");
        }
        Theme chosen = null;
        if (theme != null && !theme.isBlank()) {
            try {
                chosen = Theme.valueOf(theme);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("'" + theme + "' is not a theme.");
            }
        }
        Paged<DirectoryCard> found = directory.search(new DirectorySearch(q,
                territory == null || territory.isBlank() ? null : Ids.parse(territory), chosen),
                ExchangeResource.pageNumber(page));
        return new Results(found.getTotal(), found.getPage(), found.getItems());
    }
}
