package org.parcours.application.territory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.domain.territory.Territory;
import org.parcours.domain.territory.TerritoryKind;

/**
 * A territory as typed in a form or sent by a client: what to register or revise. Mutable so that a
 * page can bind to it; validated again by the service whatever sent it.
 */
public class TerritoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Territory.NAME_MAX)
    private String name;

    @NotNull
    private TerritoryKind kind;

    @NotBlank
    @Size(max = Territory.REGION_MAX)
    private String region;

    /** The version the user started editing from; checked to refuse a stale edit. */
    private long version;

    @Valid
    private List<MemberForm> members = new ArrayList<>();

    public static TerritoryForm of(Territory territory) {
        TerritoryForm form = new TerritoryForm();
        form.name = territory.getName();
        form.kind = territory.getKind();
        form.region = territory.getRegion();
        form.version = territory.getVersion();
        territory.getMembers().forEach(m -> form.members.add(MemberForm.of(m)));
        return form;
    }

    public void addMember() {
        members.add(new MemberForm());
    }

    public void removeMember(MemberForm member) {
        members.remove(member);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TerritoryKind getKind() {
        return kind;
    }

    public void setKind(TerritoryKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<MemberForm> getMembers() {
        return members;
    }
}
