package org.parcours.web.schedule;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.calendar.CalendarFeeds;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.schedule.Session;
import org.parcours.domain.schedule.SessionKind;
import org.parcours.domain.territory.Territory;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;

/**
 * "My calendar" (no parameter) or a territory's calendar ({@code ?territory=}), with the feed a
 * calendar application subscribes to: made, replaced or revoked here, its address shown once.
 */
@Named
@ViewScoped
public class PersonalCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScheduleManagement schedules;
    @Inject
    CalendarFeeds feeds;
    @Inject
    TerritoryManagement territories;

    private Long territory;
    private Territory current;
    private SessionCalendar calendar;
    private List<Session> upcoming = List.of();
    private boolean feedActive;
    private boolean feedManageable;
    private String feedUrl;

    public void load() {
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        ScheduleManagement use = schedules;
        Instant now = Instant.now();
        try {
            if (territory != null) {
                current = territories.find(territory).orElse(null);
                if (current == null) {
                    Pages.notFound();
                    return;
                }
                long territoryId = territory;
                upcoming = schedules.ofTerritory(territoryId, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(92)));
                calendar = new SessionCalendar((from, to) -> use.ofTerritory(territoryId, from, to), contextPath, false);
                feedManageable = feeds.mayKeepTerritoryFeed(territoryId);
                feedActive = feeds.hasTerritoryFeed(territoryId);
            } else {
                upcoming = schedules.mine(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(92)));
                calendar = new SessionCalendar(use::mine, contextPath, false);
                feedManageable = true;
                feedActive = feeds.hasMine();
            }
        } catch (AccessDenied denied) {
            calendar = null;
            Pages.forbidden();
        }
    }

    public void renewFeed() {
        String token = territory == null ? feeds.renewMine() : feeds.renewForTerritory(territory);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        feedUrl = base + "/feeds/" + token + ".ics";
        feedActive = true;
        Feedback.info("calendar.feed.renewed");
    }

    public void revokeFeed() {
        if (territory == null) {
            feeds.revokeMine();
        } else {
            feeds.revokeForTerritory(territory);
        }
        feedUrl = null;
        feedActive = false;
        Feedback.info("calendar.feed.revoked");
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public Long getTerritory() {
        return territory;
    }

    public void setTerritory(Long territory) {
        this.territory = territory;
    }

    public Territory getCurrent() {
        return current;
    }

    public SessionCalendar getCalendar() {
        return calendar;
    }

    public List<Session> getUpcoming() {
        return upcoming;
    }

    public boolean isFeedActive() {
        return feedActive;
    }

    public boolean isFeedManageable() {
        return feedManageable;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
