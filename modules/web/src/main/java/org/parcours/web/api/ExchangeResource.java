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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parcours.application.exchange.ExchangeSpace;
import org.parcours.application.exchange.Paged;
import org.parcours.application.exchange.ThreadView;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.visit.Theme;

/**
 * The exchange space: a cohort's threads and a thread's posts (for whoever may read them; hidden posts
 * only for moderators), and the daily digest's run-now for admins.
 */
@Path("exchange")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    @Inject
    ExchangeSpace space;

    public record ThreadItem(long id, String title, String theme, String startedBy, Instant lastPostAt, int posts,
            boolean locked) {
        static ThreadItem of(DiscussionThread t) {
            return new ThreadItem(t.getId(), t.getTitle(), t.getTheme() == null ? null : t.getTheme().name(),
                    t.getStartedBy().getDisplayName(), t.getLastPostAt(), t.getPostCount(), t.isLocked());
        }
    }

    public record Threads(long total, int page, List<ThreadItem> items) {
    }

    public record PostItem(long id, String author, String body, Instant postedAt, Instant editedAt, String file,
            boolean hidden, String hiddenReason) {
        static PostItem of(Post p) {
            return new PostItem(p.getId(), p.getAuthor().getDisplayName(), p.getBody(), p.getPostedAt(), p.getEditedAt(),
                    p.getFile() == null ? null : p.getFile().getFileName(), p.isHidden(), p.getHiddenReason());
        }
    }

    public record Posts(long thread, String title, boolean locked, long total, int page, List<PostItem> items) {
    }

    public record DigestRun(String day, boolean claimed, int emails) {
    }

    @GET
    @Path("threads")
    public Threads threads(@QueryParam("cohort") String cohort, @QueryParam("theme") String theme,
            @QueryParam("page") String page) {
        if (cohort == null) {
            throw new BadRequestException("The cohort is required.");
        }
        Paged<DiscussionThread> found = CoDevResource.known(
                () -> space.threads(Ids.parse(cohort), theme(theme), pageNumber(page)));
        return new Threads(found.getTotal(), found.getPage(), found.getItems().stream().map(ThreadItem::of).toList());
    }

    @GET
    @Path("threads/{id}/posts")
    public Posts posts(@PathParam("id") String id, @QueryParam("page") String page) {
        ThreadView view = CoDevResource.known(() -> space.open(Ids.parse(id), pageNumber(page)));
        return new Posts(view.getThread().getId(), view.getThread().getTitle(), view.getThread().isLocked(),
                view.getPosts().getTotal(), view.getPosts().getPage(),
                view.getPosts().getItems().stream().map(PostItem::of).toList());
    }

    /** Runs the daily digest of a day now (admins): claimed false when that day was already sent. */
    @POST
    @Path("digests")
    public DigestRun runDigest(@QueryParam("day") String day) {
        LocalDate date;
        try {
            date = day == null ? LocalDate.now(org.parcours.domain.schedule.ParisTime.ZONE) : LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("day must be a date like 2026-11-26, not '" + day + "'.");
        }
        int sent = space.runDigest(date);
        return new DigestRun(date.toString(), sent >= 0, Math.max(0, sent));
    }

    private static Theme theme(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Theme.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + value + "' is not a theme.");
        }
    }

    static int pageNumber(String page) {
        if (page == null) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page);
            if (number < 0) {
                throw new BadRequestException("The page number starts at 0.");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + page + "' is not a page number.");
        }
    }
}
