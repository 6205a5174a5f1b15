package org.parcours.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the browser's when it is French or English, French otherwise; switched
 * by the person at any time and kept for their session.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = SUPPORTED.stream()
                    .filter(l -> requested != null && l.getLanguage().equals(requested.getLanguage()))
                    .findFirst().orElse(Locale.FRENCH);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches language and reloads the current page in it. */
    public String switchTo(String language) {
        locale = SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.FRENCH);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
