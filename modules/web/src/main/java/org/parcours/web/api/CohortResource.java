package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;
import org.parcours.domain.person.Person;

/** Cohorts, read-only: a paged list and one cohort with its territories and facilitators. */
@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    @Inject
    CohortManagement cohorts;

    public record Summary(long id, String name, LocalDate startDate, LocalDate endDate) {
        static Summary of(Cohort c) {
            return new Summary(c.getId(), c.getName(), c.getPeriod().getStartDate(), c.getPeriod().getEndDate());
        }
    }

    public record Detail(long id, String name, LocalDate startDate, LocalDate endDate, long version,
            List<TerritoryViews.Summary> territories, List<String> facilitators) {
        static Detail of(Cohort c) {
            return new Detail(c.getId(), c.getName(), c.getPeriod().getStartDate(), c.getPeriod().getEndDate(),
                    c.getVersion(),
                    c.getTerritories().stream().map(TerritoryViews.Summary::of)
                            .sorted(Comparator.comparing(TerritoryViews.Summary::name)).toList(),
                    c.getFacilitators().stream().map(Person::getDisplayName).sorted().toList());
        }
    }

    public record Page(long total, int first, List<Summary> items) {
    }

    @GET
    public Page list(@QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("max") @DefaultValue("50") String max) {
        Paging paging = Paging.of(first, max);
        return new Page(cohorts.count(), paging.first(),
                cohorts.list(paging.first(), paging.max()).stream().map(Summary::of).toList());
    }

    @GET
    @Path("{id}")
    public Detail one(@PathParam("id") String id) {
        long cohortId = Ids.parse(id);
        return cohorts.find(cohortId).map(Detail::of)
                .orElseThrow(() -> new NotFoundException("No cohort " + cohortId + "."));
    }
}
