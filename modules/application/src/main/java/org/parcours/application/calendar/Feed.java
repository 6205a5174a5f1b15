package org.parcours.application.calendar;

import java.util.List;
import org.parcours.domain.schedule.Session;

/** What a calendar feed holds: its name and its sessions. */
public record Feed(String name, List<Session> sessions) {
}
