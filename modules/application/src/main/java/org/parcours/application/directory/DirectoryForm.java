package org.parcours.application.directory;

import java.io.Serializable;
import org.parcours.domain.directory.DirectoryEntry;
import org.parcours.domain.visit.Theme;

/** One's own directory entry as typed, with the per-field choices (rules checked by the domain). */
public class DirectoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean listed;
    private String phone;
    private String expertise;
    private Theme[] themes = {};
    private boolean showEmail;
    private boolean showPhone;
    private boolean showExpertise;
    private boolean showThemes;
    private long version;

    public static DirectoryForm of(DirectoryEntry entry) {
        DirectoryForm form = new DirectoryForm();
        form.listed = entry.isListed();
        form.phone = entry.getPhone();
        form.expertise = entry.getExpertise();
        form.themes = entry.getThemes().toArray(new Theme[0]);
        form.showEmail = entry.isShowEmail();
        form.showPhone = entry.isShowPhone();
        form.showExpertise = entry.isShowExpertise();
        form.showThemes = entry.isShowThemes();
        form.version = entry.getVersion();
        return form;
    }

    public boolean isListed() { return listed; }
    public void setListed(boolean listed) { this.listed = listed; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getExpertise() { return expertise; }
    public void setExpertise(String expertise) { this.expertise = expertise; }
    public Theme[] getThemes() { return themes; }
    public void setThemes(Theme[] themes) { this.themes = themes == null ? new Theme[0] : themes; }
    public boolean isShowEmail() { return showEmail; }
    public void setShowEmail(boolean showEmail) { this.showEmail = showEmail; }
    public boolean isShowPhone() { return showPhone; }
    public void setShowPhone(boolean showPhone) { this.showPhone = showPhone; }
    public boolean isShowExpertise() { return showExpertise; }
    public void setShowExpertise(boolean showExpertise) { this.showExpertise = showExpertise; }
    public boolean isShowThemes() { return showThemes; }
    public void setShowThemes(boolean showThemes) { this.showThemes = showThemes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
