package org.parcours.infrastructure.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.ErasureReceipt;
import org.parcours.domain.privacy.PersonalDataArchive;

/**
 * Co-development: the groups the person belongs to, the subjects, requests, action plans and
 * commitments of the sessions where they were the client, and the pitches, suggestions and learning
 * notes they wrote. Only their own words (never the other members'). Erasure keeps the group's
 * record, detached from them (their membership is anonymised by the profile section).
 */
@ApplicationScoped
public class CoDevSection extends SqlSection {

    @Override
    public String name() {
        return "codev";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        String members = Sql.in(subject.memberIds());
        Object[] ids = Sql.with(subject.memberIds());
        try (Connection db = connection()) {
            archive.records("groups", Sql.rows(db, "select g.id as group_id, g.name as group_name from codev_group_member gm"
                    + " join codev_group g on g.id = gm.group_id where gm.member_id in " + members + " order by g.id", ids));
            archive.records("as-client", Sql.rows(db, "select c.id as codev_session_id, s.starts_at, c.subject, c.request,"
                    + " c.contract, c.action_plan, c.commitment, c.commitment_due, c.commitment_outcome, c.commitment_comment"
                    + " from codev_session c join path_session s on s.id = c.session_id where c.client_id in " + members
                    + " order by s.starts_at", ids));
            for (String table : new String[] {"pitch", "suggestion", "learning"}) {
                archive.records(table + "s", Sql.rows(db, "select x.codev_session_id, s.starts_at, x.text, x.shareable"
                        + " from codev_" + table + " x join codev_session c on c.id = x.codev_session_id"
                        + " join path_session s on s.id = c.session_id where x.member_id in " + members
                        + " order by s.starts_at, x.position", ids));
            }
            archive.records("votes", Sql.rows(db, "select v.codev_session_id, v.author_id as voted_for_member"
                    + " from codev_vote v where v.voter_id in " + members, ids));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        // The group's record stays whole (rotation, votes, what was learnt), attached to the anonymised
        // membership only.
    }
}
