package org.parcours.infrastructure.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.parcours.domain.privacy.DataSubject;
import org.parcours.domain.privacy.ErasedIdentity;
import org.parcours.domain.privacy.PersonalDataRepository;

/** Finds data subjects in SQL: a person with the memberships sharing their email; whom retention reaches. */
@ApplicationScoped
public class SqlPersonalDataRepository implements PersonalDataRepository {

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    @Override
    public Optional<DataSubject> subject(long personId) {
        try (Connection db = dataSource.getConnection()) {
            List<Map<String, Object>> person = Sql.rows(db,
                    "select id, username, display_name, email from person where id = ?", personId);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> p = person.get(0);
            String email = (String) p.get("email");
            List<Long> members = Sql.ids(db, "select id from member where email = ? order by id", email);
            return Optional.of(new DataSubject(personId, (String) p.get("username"), (String) p.get("display_name"),
                    email, members));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Long> cohortsEndedBefore(LocalDate date) {
        try (Connection db = dataSource.getConnection()) {
            return Sql.ids(db, "select id from cohort where end_date < ? and personal_data_anonymised_at is null"
                    + " order by end_date limit 100", java.sql.Date.valueOf(date));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<DataSubject> subjectsOnlyIn(List<Long> cohortIds, LocalDate keepFrom) {
        if (cohortIds.isEmpty()) {
            return List.of();
        }
        try (Connection db = dataSource.getConnection()) {
            // Members of the cohorts' territories, unless a territory also follows a cohort still kept.
            List<Map<String, Object>> members = Sql.rows(db, "select m.id, m.full_name, m.email from member m"
                    + " where m.territory_id in (select ct.territory_id from cohort_territory ct where ct.cohort_id in "
                    + Sql.in(cohortIds) + ") and not exists (select 1 from cohort_territory k join cohort c on c.id = k.cohort_id"
                    + " where k.territory_id = m.territory_id and c.end_date >= ?) and m.email not like ?"
                    + " order by m.id",
                    concat(Sql.with(cohortIds), java.sql.Date.valueOf(keepFrom), "%@" + ErasedIdentity.EMAIL_DOMAIN));
            Map<String, List<Long>> byEmail = new LinkedHashMap<>();
            Map<String, String> names = new LinkedHashMap<>();
            for (Map<String, Object> m : members) {
                String email = (String) m.get("email");
                byEmail.computeIfAbsent(email, e -> new ArrayList<>()).add(((Number) m.get("id")).longValue());
                names.putIfAbsent(email, (String) m.get("full_name"));
            }
            List<DataSubject> subjects = new ArrayList<>();
            for (Map.Entry<String, List<Long>> entry : byEmail.entrySet()) {
                String email = entry.getKey();
                // Still taking part elsewhere (a territory with a cohort kept, or with none yet): not now.
                List<Long> elsewhere = Sql.ids(db, "select m.id from member m where m.email = ? and ("
                        + " exists (select 1 from cohort_territory k join cohort c on c.id = k.cohort_id"
                        + " where k.territory_id = m.territory_id and c.end_date >= ?)"
                        + " or not exists (select 1 from cohort_territory k where k.territory_id = m.territory_id))"
                        + " limit 1", email, java.sql.Date.valueOf(keepFrom));
                if (!elsewhere.isEmpty()) {
                    continue;
                }
                List<Long> all = Sql.ids(db, "select id from member where email = ? order by id", email);
                List<Map<String, Object>> accounts = Sql.rows(db, "select p.id, p.username, p.display_name, p.erased_at,"
                        + " (select count(*) from person_role r where r.person_id = p.id and r.role <> 'TERRITORY') as other_roles"
                        + " from person p where p.email = ?", email);
                if (accounts.isEmpty()) {
                    subjects.add(new DataSubject(null, null, names.get(email), email, all));
                    continue;
                }
                Map<String, Object> a = accounts.get(0);
                // Facilitators, partners and admins run or follow later cohorts: their account stays.
                if (a.get("erased_at") == null && ((Number) a.get("other_roles")).longValue() == 0) {
                    subjects.add(new DataSubject(((Number) a.get("id")).longValue(), (String) a.get("username"),
                            (String) a.get("display_name"), email, all));
                }
            }
            return subjects;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void markAnonymised(List<Long> cohortIds, Instant when) {
        if (cohortIds.isEmpty()) {
            return;
        }
        try (Connection db = dataSource.getConnection()) {
            Sql.update(db, "update cohort set personal_data_anonymised_at = ? where id in " + Sql.in(cohortIds),
                    Sql.with(cohortIds, Timestamp.valueOf(LocalDateTime.ofInstant(when, ZoneOffset.UTC))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] concat(Object[] first, Object... then) {
        Object[] all = new Object[first.length + then.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(then, 0, all, first.length, then.length);
        return all;
    }
}
