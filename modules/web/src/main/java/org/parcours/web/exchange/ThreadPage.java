package org.parcours.web.exchange;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.application.access.Access;
import org.parcours.application.access.AccessDenied;
import org.parcours.application.exchange.ExchangeSpace;
import org.parcours.application.exchange.ThreadView;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.exchange.Post;
import org.parcours.domain.person.Person;
import org.parcours.web.shell.Feedback;
import org.parcours.web.shell.Pages;
import org.primefaces.model.file.UploadedFile;

/**
 * One thread: its posts (paged, oldest first), the reply form with a mention picker and a file, the
 * author's rewrite of a post, and the facilitators' moderation (hide with a reason, lock).
 */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExchangeSpace space;
    @Inject
    Access access;

    private Long id;
    private Integer page;
    private ThreadView view;
    private List<Person> mentionable = List.of();
    private String username;
    private String body;
    private String mention;
    private transient UploadedFile file;
    private Long editing;
    private String editedBody;
    private long editedVersion;
    private Long hiding;
    private String reason;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            view = space.open(id, page == null ? 0 : page);
            mentionable = view.isMayPost() ? space.mentionable(id) : List.of();
            username = access.username();
        } catch (AccessDenied denied) {
            Pages.forbidden();
        } catch (RuleViolation unknown) {
            Pages.notFound();
        }
    }

    public String reply() {
        return Feedback.attempt("reply", () -> {
            space.reply(id, body, mention, Uploads.of(file));
            Feedback.info("exchange.post.sent");
            return lastPage();
        });
    }

    public void edit(Post post) {
        editing = post.getId();
        editedBody = post.getBody();
        editedVersion = post.getVersion();
    }

    public String saveEdit() {
        return Feedback.attempt("posts", () -> {
            space.rewrite(editing, editedBody, editedVersion);
            Feedback.info("exchange.post.rewritten");
            return here();
        });
    }

    public void askHide(Post post) {
        hiding = post.getId();
        reason = null;
    }

    public String hide() {
        return Feedback.attempt("posts", () -> {
            space.hide(hiding, reason);
            Feedback.info("exchange.post.hiddenDone");
            return here();
        });
    }

    public String unhide(Post post) {
        return Feedback.attempt("posts", () -> {
            space.unhide(post.getId());
            Feedback.info("exchange.post.shownDone");
            return here();
        });
    }

    public String toggleLock() {
        return Feedback.attempt("moderation", () -> {
            boolean lock = !view.getThread().isLocked();
            space.lock(id, view.getThread().getVersion(), lock);
            Feedback.info(lock ? "exchange.thread.lockedDone" : "exchange.thread.unlockedDone");
            return here();
        });
    }

    public boolean mayRewrite(Post post) {
        return view.isMayPost() && !post.isHidden() && post.isWrittenBy(username);
    }

    private String here() {
        return "/exchange/thread?faces-redirect=true&id=" + id + (page == null ? "" : "&page=" + page);
    }

    private String lastPage() {
        long total = view.getPosts().getTotal() + 1;
        long last = Math.max(0, (total - 1) / ExchangeSpace.POSTS_PER_PAGE);
        return "/exchange/thread?faces-redirect=true&id=" + id + "&page=" + last;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public int getNextPage() { return (page == null ? 0 : page) + 1; }
    public int getPreviousPage() { return Math.max(0, (page == null ? 0 : page) - 1); }
    public ThreadView getView() { return view; }
    public List<Person> getMentionable() { return mentionable; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getMention() { return mention; }
    public void setMention(String mention) { this.mention = mention; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public Long getEditing() { return editing; }
    public String getEditedBody() { return editedBody; }
    public void setEditedBody(String editedBody) { this.editedBody = editedBody; }
    public long getEditedVersion() { return editedVersion; }
    public void setEditedVersion(long editedVersion) { this.editedVersion = editedVersion; }
    public Long getHiding() { return hiding; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
