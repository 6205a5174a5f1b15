package org.parcours.application.resource;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.parcours.domain.resource.PathPhase;
import org.parcours.domain.resource.Resource;
import org.parcours.domain.resource.ResourceContent;
import org.parcours.domain.resource.ResourceNature;
import org.parcours.domain.resource.ResourceType;
import org.parcours.domain.visit.Theme;

/** A resource as typed in its form (themes as an array, so that pages convert them); the rules are checked by {@link Resource}. */
public class ResourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ResourceNature nature;
    private ResourceType type = ResourceType.LINK;
    private String title;
    private String summary;
    private String author;
    private Integer year;
    private PathPhase phase;
    private Theme[] themes = {};
    private String tags;
    private String url;
    private long version;

    public static ResourceForm of(Resource r) {
        ResourceForm f = new ResourceForm();
        f.nature = r.getNature();
        f.type = r.getType();
        f.title = r.getTitle();
        f.summary = r.getSummary();
        f.author = r.getAuthor();
        f.year = r.getYear();
        f.phase = r.getPhase();
        f.themes = r.getThemes().toArray(new Theme[0]);
        f.tags = r.getTags();
        f.url = r.getUrl();
        f.version = r.getVersion();
        return f;
    }

    ResourceContent content() {
        return new ResourceContent(nature, type, title, summary, author, year, phase,
                themes == null || themes.length == 0 ? EnumSet.noneOf(Theme.class) : new LinkedHashSet<>(List.of(themes)), tags, url);
    }

    public ResourceNature getNature() { return nature; }
    public void setNature(ResourceNature nature) { this.nature = nature; }
    public ResourceType getType() { return type; }
    public void setType(ResourceType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public PathPhase getPhase() { return phase; }
    public void setPhase(PathPhase phase) { this.phase = phase; }
    public Theme[] getThemes() { return themes == null ? null : themes.clone(); }
    public void setThemes(Theme[] themes) { this.themes = themes == null ? null : themes.clone(); }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
