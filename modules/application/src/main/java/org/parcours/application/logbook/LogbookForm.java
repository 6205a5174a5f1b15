package org.parcours.application.logbook;

import java.io.Serializable;
import org.parcours.domain.logbook.LogbookContent;
import org.parcours.domain.logbook.LogbookIssue;

/** The issue's editor: its title and three sections as the browser sent them, and the version the editor started from. */
public class LogbookForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String challenges;
    private String practices;
    private String illustrations;
    private long version;

    public static LogbookForm of(LogbookIssue issue) {
        LogbookForm form = new LogbookForm();
        form.title = issue.getTitle();
        form.challenges = issue.getChallenges();
        form.practices = issue.getPractices();
        form.illustrations = issue.getIllustrations();
        form.version = issue.getVersion();
        return form;
    }

    LogbookContent content() {
        return new LogbookContent(title, challenges, practices, illustrations);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getChallenges() { return challenges; }
    public void setChallenges(String challenges) { this.challenges = challenges; }
    public String getPractices() { return practices; }
    public void setPractices(String practices) { this.practices = practices; }
    public String getIllustrations() { return illustrations; }
    public void setIllustrations(String illustrations) { this.illustrations = illustrations; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
