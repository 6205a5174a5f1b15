package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parcours.application.visit.LearningVisits;
import org.parcours.application.visit.VisitLearning;
import org.parcours.domain.visit.LearningVisit;
import org.parcours.domain.visit.Registration;

/** Learning visits: read one, register and cancel (yourself, or anyone when you facilitate the cohort). */
@Path("visits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VisitResource {

    @Inject
    LearningVisits visits;

    @Context
    UriInfo uri;

    public record Place(long memberId, String member, String territory, String status, int arrival) {
        static Place of(Registration r) {
            return new Place(r.getMember().getId(), r.getMember().getFullName(), r.getTerritory().getName(),
                    r.getStatus().name(), r.getArrival());
        }
    }

    public record Visit(long id, String host, String theme, String practice, Instant startsAt, int places,
            LocalDate registrationDeadline, List<Place> registered, List<Place> waiting) {
        static Visit of(LearningVisit v) {
            return new Visit(v.getId(), v.getHost().getName(), v.getTheme().name(), v.getPractice(), v.getStartsAt(),
                    v.getPlaces(), v.getRegistrationDeadline(), v.registered().stream().map(Place::of).toList(),
                    v.waitingList().stream().map(Place::of).toList());
        }
    }

    @GET
    @Path("{id}")
    public Visit one(@PathParam("id") String id) {
        return CoDevResource.known(() -> visits.find(Ids.parse(id)).map(Visit::of)
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No such visit.")));
    }

    /** Registers the caller, or the member given (facilitators of the cohort). 201 with the place or the queue. */
    @POST
    @Path("{id}/registrations")
    public Response register(@PathParam("id") String id, @QueryParam("member") String member) {
        Registration registration = CoDevResource.known(() -> visits.register(Ids.parse(id),
                member == null ? null : Ids.parse(member)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(registration.getMember().getId())).build())
                .entity(Place.of(registration)).build();
    }

    @DELETE
    @Path("{id}/registrations/{member}")
    public Response cancel(@PathParam("id") String id, @PathParam("member") String member) {
        CoDevResource.known(() -> visits.cancel(Ids.parse(id), Ids.parse(member)));
        return Response.noContent().build();
    }

    /** The learnings of a month's visits of a cohort, for its logbook (facilitators of the cohort). */
    @GET
    @Path("learnings")
    public List<VisitLearning> learnings(@QueryParam("cohort") String cohort, @QueryParam("month") String month) {
        if (cohort == null || month == null) {
            throw new BadRequestException("Give the cohort and the month (yyyy-MM).");
        }
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + month + "' is not a month: expected yyyy-MM.");
        }
        return CoDevResource.known(() -> visits.learningsOf(Ids.parse(cohort), yearMonth));
    }
}
