package org.parcours.web.cohort;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parcours.application.cohort.CohortManagement;
import org.parcours.domain.cohort.Cohort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The list of cohorts, latest first, one page at a time. */
@Named
@ViewScoped
public class CohortList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CohortManagement management;

    private final LazyDataModel<Cohort> cohorts = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) management.count();
        }

        @Override
        public List<Cohort> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return management.list(first, pageSize);
        }

        @Override
        public String getRowKey(Cohort cohort) {
            return String.valueOf(cohort.getId());
        }

        @Override
        public Cohort getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<Cohort> getCohorts() {
        return cohorts;
    }
}
