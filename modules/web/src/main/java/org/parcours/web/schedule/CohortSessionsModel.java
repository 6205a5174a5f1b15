package org.parcours.web.schedule;

import java.util.List;
import java.util.Map;
import org.parcours.application.schedule.ScheduleManagement;
import org.parcours.domain.schedule.Session;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The list of a cohort's sessions one page at a time, cut by the database. The view keeps the page
 * shown (25 sessions), not the whole path: with the path's hundreds of sessions in every view of every
 * session, the HTTP sessions of a few dozen facilitators filled the heap.
 */
class CohortSessionsModel extends LazyDataModel<Session> {

    private static final long serialVersionUID = 1L;

    // Looked up again after the view moved to another instance of the cluster: not serialized.
    private transient ScheduleManagement schedules;
    private final long cohortId;
    private final long total;

    CohortSessionsModel(ScheduleManagement schedules, long cohortId, long total) {
        this.schedules = schedules;
        this.cohortId = cohortId;
        this.total = total;
    }

    private ScheduleManagement schedules() {
        if (schedules == null) {
            schedules = jakarta.enterprise.inject.spi.CDI.current().select(ScheduleManagement.class).get();
        }
        return schedules;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<Session> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return schedules().pageOfCohort(cohortId, first, pageSize);
    }

    @Override
    public String getRowKey(Session session) {
        return String.valueOf(session.getId());
    }

    @Override
    public Session getRowData(String rowKey) {
        return null;
    }
}
