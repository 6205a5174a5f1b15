package org.parcours.infrastructure.figures;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.Set;
import org.parcours.domain.audit.AuditEvent;
import org.parcours.domain.calendar.CalendarToken;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.ExchangeSettings;
import org.parcours.domain.exchange.MailPreference;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.logbook.LogbookIssue;
import org.parcours.domain.logbook.LogbookPicture;

/**
 * Every entity's listener (eclipselink-orm.xml's defaults): a write to anything the figures are
 * computed from makes the kept figures go. The entities below are never counted by a dashboard, and
 * some change at every sign-in or post; their writes keep the figures.
 */
public class FactsListener {

    static final Set<Class<?>> NOT_FACTS = Set.of(AuditEvent.class, CalendarToken.class, DirectoryEntry.class,
            DiscussionThread.class, Post.class, ExchangeSettings.class, MailPreference.class, LogbookIssue.class,
            LogbookPicture.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (!NOT_FACTS.contains(entity.getClass())) {
            CDI.current().select(KeptFigures.class).get().factsChanging();
        }
    }
}
