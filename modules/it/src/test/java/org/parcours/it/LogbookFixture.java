package org.parcours.it;

import java.sql.SQLException;
import java.util.UUID;

/**
 * A cohort of 2025 whose March holds known facts, for the logbook's draft: sessions (one cancelled), a
 * finished co-development session with confidential content and one shareable learning, a learning
 * visit with a debrief, a new resource of the centre, and a webinar in April. Claire facilitates it,
 * Paul follows it as a partner, Pays de Redon (Anne) and one other territory (the visit's host, whose
 * team holds the co-development group) take part; Ville de Lens
 * (Marc) does not. Created once, whatever test class runs first.
 */
final class LogbookFixture {

    static final String COHORT = "Cohorte du carnet de bord 2025";
    static final String WORKSHOP = "Atelier des besoins du carnet";
    static final String CANCELLED = "Séance annulée du carnet";
    static final String WEBINAR = "Webinaire d'avril du carnet";
    static final String SHAREABLE = "Apprentissage partageable : écouter avant de proposer";
    /** Said in the co-development group: must never reach a logbook. */
    static final String[] CONFIDENTIAL = {"SUJET-CONFIDENTIEL-DU-CLIENT", "DEMANDE-CONFIDENTIELLE",
            "PLAN-D-ACTION-CONFIDENTIEL", "SUGGESTION-CONFIDENTIELLE", "APPRENTISSAGE-PRIVE-NON-PARTAGEABLE",
            "ENGAGEMENT-CONFIDENTIEL"};
    static final String PRACTICE = "Tiers-lieu nourricier du carnet";
    static final String LEARNT = "Un comité d'usagers qui décide des priorités";
    static final String RESOURCE = "Guide de test du carnet de bord";

    private LogbookFixture() {
    }

    static synchronized long cohort() throws SQLException {
        if (TestData.update("insert ignore into cohort (version, name, start_date, end_date)"
                + " values (0, ?, '2025-01-06', '2025-10-06')", COHORT) == 0) {
            return TestData.id("select id from cohort where name = ?", COHORT);
        }
        long cohort = TestData.id("select id from cohort where name = ?", COHORT);
        long redon = TestData.territory("Redon");
        long host = TestData.id("select id from territory where name not like '%Redon%' and name not like '%Lens%'"
                + " order by id limit 1");
        long claire = TestData.person("claire");
        long anne = TestData.id("select id from member where email = 'anne.riviere@redon.demo.test'");
        // The co-development group is the host team's, so that no other test sees Anne in a second group.
        long peer = TestData.id("select id from member where territory_id = ? order by id limit 1", host);
        TestData.update("insert into cohort_territory (cohort_id, territory_id) values (?, ?), (?, ?)",
                cohort, redon, cohort, host);
        TestData.update("insert into cohort_facilitator (cohort_id, person_id) values (?, ?)", cohort, claire);
        TestData.update("insert into cohort_partner (cohort_id, person_id) values (?, ?)", cohort, TestData.person("paul"));

        session(cohort, WORKSHOP, "COLLECTIVE_WORKSHOP", "2025-03-12 08:00:00", false);
        session(cohort, CANCELLED, "WEBINAR", "2025-03-14 08:00:00", true);
        session(cohort, WEBINAR, "WEBINAR", "2025-04-03 10:00:00", false);

        long codevSlot = session(cohort, "Co-développement · Groupe du carnet", "CODEV_WORKSHOP", "2025-03-20 13:00:00", false);
        TestData.update("insert into codev_group (version, cohort_id, name, animateur_id) values (0, ?, 'Groupe du carnet', ?)",
                cohort, claire);
        long group = TestData.id("select id from codev_group where cohort_id = ?", cohort);
        TestData.update("insert into codev_group_member (group_id, member_id) values (?, ?)", group, peer);
        TestData.update("insert into codev_session (version, group_id, session_id, client_id, status, minutes_presentation,"
                + " minutes_clarification, minutes_contract, minutes_consultation, minutes_action_plan, minutes_learnings,"
                + " subject, request, action_plan, commitment) values (0, ?, ?, ?, 'FINISHED', 10, 15, 10, 30, 15, 15,"
                + " ?, ?, ?, ?)", group, codevSlot, peer, CONFIDENTIAL[0], CONFIDENTIAL[1], CONFIDENTIAL[2], CONFIDENTIAL[5]);
        long codev = TestData.id("select id from codev_session where group_id = ?", group);
        TestData.update("insert into codev_suggestion (codev_session_id, position, member_id, text, shareable)"
                + " values (?, 0, ?, ?, false)", codev, peer, CONFIDENTIAL[3]);
        TestData.update("insert into codev_learning (codev_session_id, position, member_id, text, shareable)"
                + " values (?, 0, ?, ?, true), (?, 1, ?, ?, false)", codev, peer, SHAREABLE, codev, peer, CONFIDENTIAL[4]);

        TestData.update("insert into learning_visit (version, cohort_id, host_id, proposed_by, theme, practice, starts_at,"
                + " ends_at, venue_name, venue_address, programme, places, registration_deadline)"
                + " values (0, ?, ?, ?, 'HYBRID_MODELS', ?, '2025-03-25 08:00:00', '2025-03-25 15:00:00', 'La halle',"
                + " '1 place du marché', 'Visite et échanges', 10, '2025-03-20')", cohort, host, claire, PRACTICE);
        long visit = TestData.id("select id from learning_visit where practice = ?", PRACTICE);
        TestData.update("insert into visit_registration (visit_id, member_id, status, arrival, registered_at, learnt,"
                + " will_try, debriefed_at) values (?, ?, 'REGISTERED', 1, '2025-03-01 10:00:00', ?, 'Le proposer chez nous',"
                + " '2025-03-26 10:00:00')", visit, anne, LEARNT);

        TestData.update("insert into resource (version, nature, type, title, summary, author, pub_year, url, status,"
                + " created_by, created_at, decided_at) values (0, 'METHOD', 'LINK', ?, 'Un guide pour le test.',"
                + " 'Parcours', 2025, 'https://example.org/guide-carnet', 'APPROVED', 'claire', '2025-03-15 10:00:00',"
                + " '2025-03-15 10:00:00')", RESOURCE);
        return cohort;
    }

    private static long session(long cohort, String title, String kind, String startsAt, boolean cancelled)
            throws SQLException {
        String uid = UUID.randomUUID() + "@parcours.test";
        TestData.update("insert into path_session (version, uid, cohort_id, title, kind, format, starts_at, ends_at,"
                + " agenda, whole_cohort, cancelled) values (0, ?, ?, ?, ?, 'REMOTE', ?, date_add(?, interval 2 hour),"
                + " 'Ordre du jour', true, ?)", uid, cohort, title, kind, startsAt, startsAt, cancelled);
        return TestData.id("select id from path_session where uid = ?", uid);
    }
}
