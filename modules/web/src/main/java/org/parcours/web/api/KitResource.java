package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.parcours.application.resource.ResourceCentre;
import org.parcours.application.resource.ResourcePage;
import org.parcours.application.resource.ResourceView;
import org.parcours.domain.resource.PathPhase;
import org.parcours.domain.resource.ResourceNature;
import org.parcours.domain.resource.ResourceSearch;
import org.parcours.domain.resource.ResourceType;
import org.parcours.domain.visit.Theme;

/** The resource centre: search it (every role), approve a suggestion (facilitators and admins). */
@Path("resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KitResource {

    @Inject
    ResourceCentre centre;

    public record Item(long id, String nature, String type, String title, String author, int year, String phase,
            String url, String status, long read, long useful) {
        static Item of(ResourceView v) {
            var r = v.getResource();
            return new Item(r.getId(), r.getNature().name(), r.getType().name(), r.getTitle(), r.getAuthor(),
                    r.getYear(), r.getPhase() == null ? null : r.getPhase().name(), r.getUrl(), r.getStatus().name(),
                    v.getReadCount(), v.getUsefulCount());
        }
    }

    public record Results(long total, int page, List<Item> items) {
    }

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("nature") String nature,
            @QueryParam("phase") String phase, @QueryParam("theme") String theme, @QueryParam("type") String type,
            @QueryParam("page") String page) {
        int pageNumber = 0;
        if (page != null) {
            try {
                pageNumber = Integer.parseInt(page);
            } catch (NumberFormatException e) {
                throw new BadRequestException("'" + page + "' is not a page number.");
            }
            if (pageNumber < 0) {
                throw new BadRequestException("The page number starts at 0.");
            }
        }
        if (q != null && q.length() > 200) {
            throw new BadRequestException("At most 200 characters of words.");
        }
        ResourcePage found = centre.search(new ResourceSearch(q, parse(ResourceNature.class, nature),
                parse(PathPhase.class, phase), parse(Theme.class, theme), parse(ResourceType.class, type), null, false),
                pageNumber);
        return new Results(found.getTotal(), found.getPage(), found.getItems().stream().map(Item::of).toList());
    }

    /** Approves a suggestion, with an optional message to its author. 204; 403 for anyone but managers. */
    @POST
    @Path("{id}/approval")
    public Response approve(@PathParam("id") String id, @QueryParam("message") String message) {
        CoDevResource.known(() -> {
            centre.approve(Ids.parse(id), message);
            return null;
        });
        return Response.noContent().build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + value + "' is not a " + type.getSimpleName() + ".");
        }
    }
}
