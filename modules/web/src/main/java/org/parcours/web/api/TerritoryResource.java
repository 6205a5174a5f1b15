package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritorySearch;

/** Territories, read-only: a paged, searchable list and one territory with its team. */
@Path("territories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TerritoryResource {

    @Inject
    TerritoryManagement territories;

    @GET
    public TerritoryViews.Page list(@QueryParam("q") String text,
            @QueryParam("sort") @DefaultValue("name") String sort,
            @QueryParam("order") @DefaultValue("asc") String order,
            @QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("max") @DefaultValue("50") String max) {
        Paging paging = Paging.of(first, max);
        TerritorySearch search = new TerritorySearch(text, sortOf(sort), ascending(order));
        List<TerritoryViews.Summary> items = territories.search(search, paging.first(), paging.max()).stream()
                .map(TerritoryViews.Summary::of).toList();
        return new TerritoryViews.Page(territories.count(search), paging.first(), items);
    }

    private static TerritorySearch.Sort sortOf(String sort) {
        return switch (sort) {
            case "name" -> TerritorySearch.Sort.NAME;
            case "kind" -> TerritorySearch.Sort.KIND;
            case "region" -> TerritorySearch.Sort.REGION;
            default -> throw new BadRequestException("sort must be name, kind or region.");
        };
    }

    private static boolean ascending(String order) {
        return switch (order) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw new BadRequestException("order must be asc or desc.");
        };
    }

    @GET
    @Path("{id}")
    public TerritoryViews.Detail one(@PathParam("id") String id) {
        long territoryId = Ids.parse(id);
        Territory territory = territories.find(territoryId)
                .orElseThrow(() -> new NotFoundException("No territory " + territoryId + "."));
        return TerritoryViews.Detail.of(territory);
    }
}
