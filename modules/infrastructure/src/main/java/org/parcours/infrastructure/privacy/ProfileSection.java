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
 * Who the person is: their account (never the password hash), roles, team memberships, the cohorts
 * they run or follow, their calendar feed. Erasure anonymises the memberships (kept: attendance,
 * registrations and co-development rows hang on them) and revokes the calendar feed; the account
 * itself is anonymised by the use case, through the domain.
 */
@ApplicationScoped
public class ProfileSection extends SqlSection {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public void export(DataSubject subject, PersonalDataArchive archive) throws IOException {
        try (Connection db = connection()) {
            if (subject.hasAccount()) {
                archive.records("account", Sql.rows(db, "select p.id, p.username, p.display_name, p.email, p.active,"
                        + " (select group_concat(r.role order by r.role) from person_role r where r.person_id = p.id) as roles"
                        + " from person p where p.id = ?", subject.personId()));
                archive.records("cohorts", Sql.rows(db, "select c.id as cohort_id, c.name as cohort, 'FACILITATOR' as role"
                        + " from cohort_facilitator f join cohort c on c.id = f.cohort_id where f.person_id = ?"
                        + " union all select c.id, c.name, 'PARTNER' from cohort_partner p join cohort c on c.id = p.cohort_id"
                        + " where p.person_id = ?", subject.personId(), subject.personId()));
                archive.records("calendar-feed", Sql.rows(db, "select created_at from calendar_token"
                        + " where owner_kind = 'PERSON' and owner_id = ?", subject.personId()));
            }
            archive.records("memberships", Sql.rows(db, "select m.id as member_id, t.name as territory, m.full_name,"
                    + " m.email, m.team_role, m.organisation from member m join territory t on t.id = m.territory_id"
                    + " where m.id in " + Sql.in(subject.memberIds()) + " order by t.name",
                    Sql.with(subject.memberIds())));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void erase(DataSubject subject, ErasedIdentity erased, ErasureReceipt receipt) {
        try (Connection db = connection()) {
            receipt.changed(Sql.update(db, "update member set full_name = ?, email = ?, organisation = null"
                    + " where id in " + Sql.in(subject.memberIds()),
                    Sql.with(subject.memberIds(), erased.displayName(), erased.email().getValue())));
            if (subject.hasAccount()) {
                receipt.changed(Sql.update(db, "delete from calendar_token where owner_kind = 'PERSON' and owner_id = ?",
                        subject.personId()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
