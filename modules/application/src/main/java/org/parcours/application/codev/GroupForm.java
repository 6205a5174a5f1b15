package org.parcours.application.codev;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.codev.CoDevGroup;
import org.parcours.domain.territory.Member;
import org.parcours.domain.visit.Theme;

/** A co-development group as the facilitator composes it. */
public class GroupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = CoDevGroup.NAME_MAX)
    private String name;
    private Theme theme;
    private Long animateurId;
    @NotNull
    private List<Long> memberIds = new ArrayList<>();
    private long version;

    public static GroupForm of(CoDevGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.theme = group.getTheme();
        form.animateurId = group.getAnimateur().getId();
        form.memberIds = new ArrayList<>(group.sortedMembers().stream().map(Member::getId).toList());
        form.version = group.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public Long getAnimateurId() {
        return animateurId;
    }

    public void setAnimateurId(Long animateurId) {
        this.animateurId = animateurId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
