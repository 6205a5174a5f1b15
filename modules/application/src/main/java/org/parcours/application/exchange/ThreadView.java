package org.parcours.application.exchange;

import java.io.Serializable;
import org.parcours.domain.exchange.DiscussionThread;
import org.parcours.domain.exchange.Post;

/** A thread as one reader sees it: one page of the posts they may see, and what they may do. */
public class ThreadView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final DiscussionThread thread;
    private final Paged<Post> posts;
    private final boolean mayPost;
    private final boolean mayModerate;

    public ThreadView(DiscussionThread thread, Paged<Post> posts, boolean mayPost, boolean mayModerate) {
        this.thread = thread;
        this.posts = posts;
        this.mayPost = mayPost;
        this.mayModerate = mayModerate;
    }

    public DiscussionThread getThread() { return thread; }
    public Paged<Post> getPosts() { return posts; }
    public boolean isMayPost() { return mayPost; }
    public boolean isMayModerate() { return mayModerate; }
}
