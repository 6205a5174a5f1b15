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

    static final int MAX_PAGE = 200;

    @Inject
    TerritoryManagement territories;

    @GET
    public TerritoryViews.Page list(@QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") @DefaultValue("50") int max) {
        if (first < 0 || max < 1 || max > MAX_PAGE) {
            throw new BadRequestException("first must be 0 or more and max between 1 and " + MAX_PAGE + ".");
        }
        TerritorySearch search = new TerritorySearch(text, TerritorySearch.Sort.NAME, true);
        List<TerritoryViews.Summary> items = territories.search(search, first, max).stream()
                .map(TerritoryViews.Summary::of).toList();
        return new TerritoryViews.Page(territories.count(search), first, items);
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
