package org.parcours.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parcours.application.codev.CoDevelopment;
import org.parcours.application.codev.SessionSummary;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.codev.CoDevSession;
import org.parcours.domain.codev.Commitment;
import org.parcours.domain.codev.Contribution;

/**
 * Co-development sessions. Anyone reading the cohort gets the summary (took place, when, how many);
 * the content is answered only to the group and its facilitators, 403 to everyone else.
 */
@Path("codev")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CoDevResource {

    @Inject
    CoDevelopment codev;

    public record Note(String member, String text, boolean shareable) {
        static Note of(Contribution c) {
            return new Note(c.getMember().getFullName(), c.getText(), c.isShareable());
        }
    }

    public record Content(long id, String group, Instant startsAt, String status, String step, String client,
            String subject, String request, String contract, List<Note> suggestions, String actionPlan,
            String commitment, LocalDate commitmentDue, String commitmentOutcome, List<Note> learnings) {
        static Content of(CoDevSession s) {
            Commitment c = s.getCommitment();
            return new Content(s.getId(), s.getGroup().getName(), s.getSession().getStartsAt(), s.getStatus().name(),
                    s.getCurrentStep() == null ? null : s.getCurrentStep().name(),
                    s.getClient() == null ? null : s.getClient().getFullName(), s.getSubject(), s.getRequest(),
                    s.getContract(), s.getSuggestions().stream().map(Note::of).toList(), s.getActionPlan(),
                    c == null ? null : c.getText(), c == null ? null : c.getDue(),
                    c == null || c.getOutcome() == null ? null : c.getOutcome().name(),
                    s.getLearnings().stream().map(Note::of).toList());
        }
    }

    @GET
    @Path("groups/{id}/sessions")
    public List<SessionSummary> sessions(@PathParam("id") String id) {
        return known(() -> codev.summaries(Ids.parse(id)));
    }

    @GET
    @Path("sessions/{id}")
    public SessionSummary summary(@PathParam("id") String id) {
        return known(() -> codev.summary(Ids.parse(id)));
    }

    @GET
    @Path("sessions/{id}/content")
    public Content content(@PathParam("id") String id) {
        return known(() -> Content.of(codev.content(Ids.parse(id))));
    }

    /** An unknown group or session is a 404, not a 400. */
    static <T> T known(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuleViolation e) {
            if (e.messageKey().endsWith(".unknown")) {
                throw new NotFoundException("No such resource.");
            }
            throw e;
        }
    }
}
