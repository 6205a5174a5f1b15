package org.parcours.domain.codev;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import org.parcours.domain.territory.Member;

/** A member's vote for the subject pitched by another (one vote per member and session). */
@Embeddable
public class Vote implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "voter_id")
    private Member voter;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;

    protected Vote() {
        // for JPA
    }

    Vote(Member voter, Member author) {
        this.voter = voter;
        this.author = author;
    }

    public Member getVoter() {
        return voter;
    }

    public Member getAuthor() {
        return author;
    }
}
