package org.parcours.web.api;

import java.util.List;
import org.parcours.domain.territory.Member;
import org.parcours.domain.territory.Territory;

/** What the API shows of territories. Members' email addresses stay out of it (personal data). */
public final class TerritoryViews {

    private TerritoryViews() {
    }

    public record Summary(long id, String name, String kind, String region, boolean demo) {
        static Summary of(Territory t) {
            return new Summary(t.getId(), t.getName(), t.getKind().name(), t.getRegion(), t.isDemo());
        }
    }

    public record MemberView(String fullName, String teamRole, String organisation) {
        static MemberView of(Member m) {
            return new MemberView(m.getFullName(), m.getTeamRole().name(), m.getOrganisation());
        }
    }

    public record Detail(long id, String name, String kind, String region, boolean demo, long version,
            List<MemberView> members) {
        static Detail of(Territory t) {
            return new Detail(t.getId(), t.getName(), t.getKind().name(), t.getRegion(), t.isDemo(), t.getVersion(),
                    t.getMembers().stream().map(MemberView::of).toList());
        }
    }

    public record Page(long total, int first, List<Summary> items) {
    }
}
