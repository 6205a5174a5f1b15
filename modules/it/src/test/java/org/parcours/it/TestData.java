package org.parcours.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct access to the test database, to arrange data no page offers and to find identifiers. */
public final class TestData {

    private TestData() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("parcours.it.db.url"),
                System.getProperty("parcours.it.db.user"), System.getProperty("parcours.it.db.password"));
    }

    static long id(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("Nothing found by " + sql);
                }
                return rows.getLong(1);
            }
        }
    }

    /** The text in the first column of the first row {@code sql} finds. */
    static String text(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("Nothing found by " + sql);
                }
                return rows.getString(1);
            }
        }
    }

    static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static long territory(String namePart) throws SQLException {
        return id("select id from territory where name like ?", "%" + namePart + "%");
    }

    public static long person(String username) throws SQLException {
        return id("select id from person where username = ?", username);
    }

    /** The first session of a kind in the demo cohort, for the whole cohort. */
    public static long demoSession(String kind) throws SQLException {
        return id("select s.id from path_session s join cohort c on c.id = s.cohort_id where c.name like '%(démo)'"
                + " and s.kind = ? and s.whole_cohort = true order by s.starts_at limit 1", kind);
    }

    /** The demo cohort's co-development group, its first session, its first visit, its first testimony. */
    public static long codevGroup() throws SQLException {
        return id("select g.id from codev_group g order by g.id limit 1");
    }

    public static long codevSession() throws SQLException {
        return id("select id from codev_session order by id limit 1");
    }

    public static long visit() throws SQLException {
        return id("select id from learning_visit order by id limit 1");
    }

    public static long testimony() throws SQLException {
        return demoSession("TESTIMONY");
    }

    /** The first co-development session whose client has given a subject (what was said: confidential). */
    public static long codevSessionWithSubject() throws SQLException {
        return id("select id from codev_session where subject is not null order by id limit 1");
    }

    public static String codevSubject(long codevSession) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "select subject from codev_session where id = ?")) {
            statement.setLong(1, codevSession);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** An approved resource of the demo kit that no test withdraws. */
    public static long resource() throws SQLException {
        return id("select id from resource where title = ?", "Référentiel sur la co-construction en territoire");
    }

    /** The demo cohort's first exchange thread (Anne's, on third places). */
    public static long exchangeThread() throws SQLException {
        return id("select id from exchange_thread where title like 'Tiers-lieux%'");
    }

    public static long programme() throws SQLException {
        return id("select id from programme order by id limit 1");
    }

    public static long demoCohort() throws SQLException {
        return id("select id from cohort where name like '%(démo)'");
    }

    /**
     * A cohort that only Ville de Lens (territory B) follows, far in the future so that it overlaps no
     * other cohort, without facilitator or partner: created once, whatever test class runs first.
     */
    static long lensOnlyCohort() throws SQLException {
        String name = "Cohorte de Lens seule 2040";
        update("insert ignore into cohort (version, name, start_date, end_date) values (0, ?, '2040-01-02', '2040-10-02')",
                name);
        long cohort = id("select id from cohort where name = ?", name);
        update("insert ignore into cohort_territory (cohort_id, territory_id) values (?, ?)", cohort, territory("Lens"));
        return cohort;
    }

    /** The demo cohort's published logbook issue (its first month). */
    public static long logbook() throws SQLException {
        return id("select i.id from logbook_issue i join cohort c on c.id = i.cohort_id where c.name like '%(démo)'"
                + " and i.status = 'PUBLISHED' order by i.month_start limit 1");
    }

    /** A draft issue of the demo cohort for its last month: created once, whatever test class runs first. */
    public static long logbookDraft() throws SQLException {
        long cohort = demoCohort();
        update("insert ignore into logbook_issue (version, cohort_id, month_start, title, challenges, practices,"
                + " illustrations, status, created_by, created_at, updated_by, updated_at)"
                + " select 0, id, cast(date_format(end_date, '%Y-%m-01') as date), 'Brouillon en préparation',"
                + " '<p>Enjeux en préparation</p>', '', '', 'DRAFT', 'claire', utc_timestamp(), 'claire', utc_timestamp()"
                + " from cohort where id = ?", cohort);
        return id("select i.id from logbook_issue i join cohort c on c.id = i.cohort_id where c.id = ?"
                + " and i.month_start = cast(date_format(c.end_date, '%Y-%m-01') as date)", cohort);
    }
}
