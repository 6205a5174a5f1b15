package org.parcours.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcours.application.audit.AuditTrail;
import org.parcours.domain.audit.AuditAction;
import org.parcours.domain.audit.AuditEvent;
import org.parcours.domain.audit.AuditSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail, newest first, filtered by person, action and text, one page at a time. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Date and time to the second, in the page's language. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    AuditTrail trail;

    private String actor;
    private AuditAction action;
    private String text;

    private final LazyDataModel<AuditEvent> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(search());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return trail.search(search(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null;
        }
    };

    private AuditSearch search() {
        return new AuditSearch(actor, action, text);
    }

    public LazyDataModel<AuditEvent> getEvents() {
        return events;
    }

    /** When the event happened, shown in Paris time (stored in UTC). */
    public String when(AuditEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.FRENCH : faces.getViewRoot().getLocale();
        return WHEN.withLocale(locale).format(event.getOccurredAt());
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
