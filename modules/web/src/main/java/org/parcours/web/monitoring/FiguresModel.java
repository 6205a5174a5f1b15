package org.parcours.web.monitoring;

import java.util.List;
import java.util.Map;
import org.parcours.application.monitoring.ProgressMonitoring;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The territories' figures one page at a time: the database computes, sorts and cuts the page (two
 * statements per page: the count and the page), whatever the number of territories.
 */
class FiguresModel extends LazyDataModel<Figures> {

    private static final long serialVersionUID = 1L;

    // Looked up again after the view moved to another instance of the cluster: not serialized.
    private transient ProgressMonitoring monitoring;
    private final MonitoringQuery query;
    private final List<Figures> allRows;

    FiguresModel(ProgressMonitoring monitoring, MonitoringQuery query) {
        this(monitoring, query, null);
    }

    /**
     * @param allRows every row of the query in the table's first order (by territory name), when the
     *                page has read them all already (a cohort's dozen territories): the first display
     *                and its paging use them instead of two more statements; other orders still ask
     *                the database. Null when not read.
     */
    FiguresModel(ProgressMonitoring monitoring, MonitoringQuery query, List<Figures> allRows) {
        this.monitoring = monitoring;
        this.query = query;
        this.allRows = allRows == null ? null : List.copyOf(allRows);
    }

    private ProgressMonitoring monitoring() {
        if (monitoring == null) {
            monitoring = jakarta.enterprise.inject.spi.CDI.current().select(ProgressMonitoring.class).get();
        }
        return monitoring;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long rows = allRows != null ? allRows.size() : monitoring().count(query);
        return (int) Math.min(Integer.MAX_VALUE, rows);
    }

    @Override
    public List<Figures> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        FiguresSort column = sort == null ? FiguresSort.TERRITORY : sortOf(sort.getField());
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        if (allRows != null && column == FiguresSort.TERRITORY && ascending) {
            return List.copyOf(allRows.subList(Math.min(first, allRows.size()), Math.min(first + pageSize, allRows.size())));
        }
        return monitoring().territories(query, column, ascending, first, pageSize);
    }

    static FiguresSort sortOf(String field) {
        if (field == null) {
            return FiguresSort.TERRITORY;
        }
        return switch (field) {
            case "cohortName", "cohort" -> FiguresSort.COHORT;
            case "attendanceRate", "attendance" -> FiguresSort.ATTENDANCE;
            case "workMissing" -> FiguresSort.WORK_MISSING;
            case "codevHeld", "codev" -> FiguresSort.CODEV_HELD;
            case "commitmentsOverdue", "commitments" -> FiguresSort.COMMITMENTS_OVERDUE;
            case "visitsHosted", "visits" -> FiguresSort.VISITS;
            case "resourcesRead", "resources" -> FiguresSort.RESOURCES;
            case "status", "gap" -> FiguresSort.GAP;
            default -> FiguresSort.TERRITORY;
        };
    }

    @Override
    public String getRowKey(Figures figures) {
        return figures.getCohortId() + "-" + figures.getTerritoryId();
    }

    @Override
    public Figures getRowData(String rowKey) {
        return null;
    }
}
