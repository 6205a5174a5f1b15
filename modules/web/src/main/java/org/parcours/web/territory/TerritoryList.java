package org.parcours.web.territory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritorySearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The list of territories: searched by name or region, sorted by column, one page at a time. */
@Named
@ViewScoped
public class TerritoryList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TerritoryManagement management;

    private String text;

    private final LazyDataModel<Territory> territories = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) management.count(new TerritorySearch(text, TerritorySearch.Sort.NAME, true));
        }

        @Override
        public List<Territory> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return management.search(searchFor(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(Territory territory) {
            return String.valueOf(territory.getId());
        }

        @Override
        public Territory getRowData(String rowKey) {
            return null;
        }
    };

    private TerritorySearch searchFor(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        if (sort == null) {
            return new TerritorySearch(text, TerritorySearch.Sort.NAME, true);
        }
        TerritorySearch.Sort column = switch (sort.getField()) {
            case "kind" -> TerritorySearch.Sort.KIND;
            case "region" -> TerritorySearch.Sort.REGION;
            default -> TerritorySearch.Sort.NAME;
        };
        return new TerritorySearch(text, column, sort.getOrder() != SortOrder.DESCENDING);
    }

    public LazyDataModel<Territory> getTerritories() {
        return territories;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
