package org.parcours.domain.codev;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import org.parcours.domain.territory.Member;

/**
 * Something one member said that the session keeps: a consultant's suggestion (step 4), a pitched
 * subject (before the session) or a learning note (step 6, with whether it may be shared beyond the
 * group, e.g. in the monthly logbook).
 */
@Embeddable
public class Contribution implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "shareable", nullable = false)
    private boolean shareable;

    protected Contribution() {
        // for JPA
    }

    Contribution(Member member, String text, boolean shareable) {
        this.member = member;
        this.text = text;
        this.shareable = shareable;
    }

    public Member getMember() {
        return member;
    }

    public String getText() {
        return text;
    }

    public boolean isShareable() {
        return shareable;
    }
}
