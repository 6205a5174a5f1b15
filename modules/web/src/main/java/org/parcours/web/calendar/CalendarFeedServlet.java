package org.parcours.web.calendar;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.parcours.application.calendar.CalendarFeeds;
import org.parcours.application.calendar.Feed;
import org.parcours.infrastructure.calendar.ICalendarWriter;

/** Serves a feed by its token; an unknown or revoked token is a plain 404 (nothing to tell it from garbage). */
@WebServlet("/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
        Optional<Feed> feed = feeds.resolve(token);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        String ics = ICalendarWriter.write(feed.get().name(), feed.get().sessions(),
                s -> base + "/schedule/session.xhtml?id=" + s.getId(), Instant.now());
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The token is in the URL: keep it out of any Referer sent from here.
        response.setHeader("Referrer-Policy", "no-referrer");
        response.getOutputStream().write(ics.getBytes(StandardCharsets.UTF_8));
    }
}
