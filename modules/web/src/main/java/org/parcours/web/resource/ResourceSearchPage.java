package org.parcours.web.resource;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.resource.ResourceCentre;
import org.parcours.application.resource.ResourcePage;
import org.parcours.domain.resource.PathPhase;
import org.parcours.domain.resource.ResourceNature;
import org.parcours.domain.resource.ResourceSearch;
import org.parcours.domain.resource.ResourceType;
import org.parcours.domain.visit.Theme;
import org.parcours.web.shell.Pages;

/**
 * The centre's search: words and filters come as query parameters (a plain GET form), so a search
 * can be bookmarked and works without JavaScript; an unknown filter value is ignored.
 */
@Named("resourceSearch")
@ViewScoped
public class ResourceSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WORDS_MAX = 200;

    @Inject
    ResourceCentre centre;

    private String q;
    private String nature;
    private String phase;
    private String theme;
    private String type;
    private Integer page;
    private ResourcePage results;
    private boolean manager;
    private boolean suggester;

    public void load() {
        String words = q == null ? null : q.strip();
        if (words != null && words.length() > WORDS_MAX) {
            words = words.substring(0, WORDS_MAX);
        }
        try {
            results = centre.search(new ResourceSearch(words, parse(ResourceNature.class, nature),
                    parse(PathPhase.class, phase), parse(Theme.class, theme), parse(ResourceType.class, type), null, false),
                    page == null ? 0 : page);
        } catch (AccessDenied denied) {
            Pages.forbidden();
            return;
        }
        manager = centre.mayManage();
        suggester = centre.maySuggest();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    public List<ResourceNature> getNatures() { return List.of(ResourceNature.values()); }
    public List<PathPhase> getPhases() { return List.of(PathPhase.values()); }
    public List<ResourceType> getTypes() { return List.of(ResourceType.values()); }
    public List<Theme> getThemes() { return Theme.NETWORK; }
    public ResourcePage getResults() { return results; }
    public boolean isManager() { return manager; }
    public boolean isSuggester() { return suggester; }
    public int getNextPage() { return (page == null ? 0 : page) + 1; }
    public int getPreviousPage() { return Math.max(0, (page == null ? 0 : page) - 1); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getNature() { return nature; }
    public void setNature(String nature) { this.nature = nature; }
    public String getPhase() { return phase; }
    public void setPhase(String phase) { this.phase = phase; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
