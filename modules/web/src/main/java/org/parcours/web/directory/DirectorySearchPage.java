package org.parcours.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.directory.DirectoryCard;
import org.parcours.application.directory.NetworkDirectory;
import org.parcours.application.exchange.Paged;
import org.parcours.application.territory.TerritoryManagement;
import org.parcours.domain.directory.DirectorySearch;
import org.parcours.domain.territory.TerritorySearch;
import org.parcours.domain.visit.Theme;
import org.parcours.web.shell.Pages;

/**
 * The directory's search: words, territory and theme come as query parameters (a plain GET form), so
 * a search can be bookmarked and works without JavaScript; an unknown value is ignored.
 */
@Named
@ViewScoped
public class DirectorySearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WORDS_MAX = 200;

    @Inject
    NetworkDirectory directory;
    @Inject
    TerritoryManagement territoryManagement;

    private String q;
    private Long territory;
    private String theme;
    private Integer page;
    private Paged<DirectoryCard> results;
    private List<Choice> territories;

    /** A territory of the filter: its id and name. */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String name;

        Choice(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() { return id; }
        public String getName() { return name; }
    }

    public void load() {
        String words = q == null ? null : q.strip();
        if (words != null && words.length() > WORDS_MAX) {
            words = words.substring(0, WORDS_MAX);
        }
        Theme chosen = theme == null ? null
                : Arrays.stream(Theme.values()).filter(t -> t.name().equals(theme)).findFirst().orElse(null);
        try {
            results = directory.search(new DirectorySearch(words, territory, chosen), page == null ? 0 : page);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        territories = territoryManagement.search(TerritorySearch.all(), 0, 500).stream()
                .map(t -> new Choice(t.getId(), t.getName())).toList();
    }

    public List<Theme> getThemes() { return List.of(Theme.values()); }
    public List<Choice> getTerritories() { return territories; }
    public Paged<DirectoryCard> getResults() { return results; }
    public int getNextPage() { return (page == null ? 0 : page) + 1; }
    public int getPreviousPage() { return Math.max(0, (page == null ? 0 : page) - 1); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Long getTerritory() { return territory; }
    public void setTerritory(Long territory) { this.territory = territory; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
