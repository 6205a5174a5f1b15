package org.parcours.application.exchange;

import java.io.Serializable;
import org.parcours.domain.visit.Theme;

/** A new thread as typed: its title, optional theme and first message (rules checked by the domain). */
public class ThreadForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private Theme theme;
    private String body;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Theme getTheme() { return theme; }
    public void setTheme(Theme theme) { this.theme = theme; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
