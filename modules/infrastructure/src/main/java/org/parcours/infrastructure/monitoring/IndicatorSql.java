package org.parcours.infrastructure.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.schedule.ParisTime;

/**
 * The SQL of the indicators, one common table expression per fact, each grouped by (cohort,
 * territory) in the database; the definitions match {@link org.parcours.domain.monitoring.Counts}.
 * A territory is at a session when one of its team is marked present or late; a session counts only
 * once its sheet is taken (at least one line), so that a sheet not yet filled in is not a miss.
 */
final class IndicatorSql {

    private IndicatorSql() {
    }

    static Map<String, Object> parameters(MonitoringQuery query) {
        Map<String, Object> p = new HashMap<>();
        p.put("cohorts", query.cohortIds());
        p.put("start", query.start());
        p.put("end", query.end());
        p.put("now", query.now());
        p.put("kinds", List.copyOf(query.attendanceKinds()));
        p.put("allKinds", List.copyOf(MonitoringQuery.COLLECTIVE_KINDS));
        p.put("today", ParisTime.dayOf(query.now()));
        p.put("fromDate", query.from());
        p.put("toDate", query.to());
        if (query.territoryText() != null) {
            p.put("text", query.territoryText());
        }
        if (query.territoryId() != null) {
            p.put("territory", query.territoryId());
        }
        return p;
    }

    /** The (cohort, territory) rows of the query. */
    static String rows(MonitoringQuery query) {
        return "rws as (select ct.cohort_id, ct.territory_id, c.name cohort_name, t.name territory_name "
                + "from cohort_territory ct join cohort c on c.id = ct.cohort_id join territory t on t.id = ct.territory_id "
                + "where ct.cohort_id in (:cohorts)"
                + filters(query) + ")";
    }

    /** The territory conditions of the query, on {@code t} (territory) and {@code ct} (cohort_territory). */
    static String filters(MonitoringQuery query) {
        return (query.territoryText() == null ? "" : " and locate(:text, t.name) > 0")
                + (query.territoryId() == null ? "" : " and ct.territory_id = :territory");
    }

    /**
     * Collective sessions held (over, not cancelled, sheet taken) of the kinds {@code kindsParam}, and
     * which territory was expected at each, with whether it was there.
     */
    static String expected(String kindsParam, boolean inPeriod) {
        return "held as (select s.id, s.cohort_id, s.whole_cohort, s.starts_at from path_session s "
                + "where s.cohort_id in (:cohorts) and s.cancelled = false and s.kind in (:" + kindsParam + ") "
                + (inPeriod ? "and s.starts_at >= :start and s.starts_at < :end " : "")
                + "and s.ends_at <= :now and exists (select 1 from attendance a where a.session_id = s.id)), "
                + "ts as (select r.cohort_id, r.territory_id, h.id session_id, h.starts_at from held h "
                + "join rws r on r.cohort_id = h.cohort_id where h.whole_cohort = true "
                + "union all select r.cohort_id, r.territory_id, h.id, h.starts_at from held h "
                + "join session_territory st on st.session_id = h.id "
                + "join rws r on r.cohort_id = h.cohort_id and r.territory_id = st.territory_id where h.whole_cohort = false), "
                + "tsa as (select ts.*, case when exists (select 1 from attendance a join member m on m.id = a.member_id "
                + "where a.session_id = ts.session_id and m.territory_id = ts.territory_id "
                + "and a.status in ('PRESENT', 'LATE')) then 1 else 0 end attended from ts)";
    }

    /** Every count of {@code Counts}, one row per (cohort, territory), columns named as below. */
    static String figures(MonitoringQuery query) {
        return "with " + rows(query) + ", " + expected("kinds", true) + ", "
                + "att as (select cohort_id, territory_id, count(*) expected, sum(attended) attended from tsa "
                + "group by cohort_id, territory_id), "
                + "tw as (select r.cohort_id, r.territory_id, asg.id assignment_id, asg.due_at from assignment asg "
                + "join path_session s on s.id = asg.session_id join rws r on r.cohort_id = s.cohort_id "
                + "where s.cancelled = false and (s.whole_cohort = true or exists (select 1 from session_territory st "
                + "where st.session_id = s.id and st.territory_id = r.territory_id))), "
                + "wk as (select tw.cohort_id, tw.territory_id, "
                + "sum(case when tw.due_at >= :start and tw.due_at < :end and tw.due_at <= :now then 1 else 0 end) due, "
                + "sum(case when tw.due_at >= :start and tw.due_at < :end and tw.due_at <= :now and sb.id is not null "
                + "and sb.late = false then 1 else 0 end) on_time, "
                + "sum(case when tw.due_at >= :start and tw.due_at < :end and tw.due_at <= :now and sb.id is not null "
                + "and sb.late = true then 1 else 0 end) late, "
                + "sum(case when tw.due_at > :now and sb.id is not null and sb.submitted_at >= :start "
                + "and sb.submitted_at < :end then 1 else 0 end) early "
                + "from tw left join submission sb on sb.assignment_id = tw.assignment_id and sb.territory_id = tw.territory_id "
                + "group by tw.cohort_id, tw.territory_id), "
                + "cdv as (select g.cohort_id, m.territory_id, count(distinct cs.id) held from codev_session cs "
                + "join codev_group g on g.id = cs.group_id join path_session s on s.id = cs.session_id "
                + "join codev_session_participant p on p.codev_session_id = cs.id join member m on m.id = p.member_id "
                + "where g.cohort_id in (:cohorts) and cs.status = 'FINISHED' and s.starts_at >= :start and s.starts_at < :end "
                + "group by g.cohort_id, m.territory_id), "
                + "cli as (select g.cohort_id, m.territory_id, "
                + "sum(case when cs.status = 'FINISHED' and s.starts_at >= :start and s.starts_at < :end then 1 else 0 end) turns, "
                + "sum(case when cs.commitment_due >= :fromDate and cs.commitment_due <= :toDate "
                + "and cs.commitment_due < :today then 1 else 0 end) cdue, "
                + "sum(case when cs.commitment_due >= :fromDate and cs.commitment_due <= :toDate "
                + "and cs.commitment_due < :today and cs.commitment_outcome = 'DONE' then 1 else 0 end) kept, "
                + "sum(case when cs.commitment_due >= :fromDate and cs.commitment_due <= :toDate "
                + "and cs.commitment_due < :today and cs.commitment_outcome is null then 1 else 0 end) overdue "
                + "from codev_session cs join codev_group g on g.id = cs.group_id join path_session s on s.id = cs.session_id "
                + "join member m on m.id = cs.client_id where g.cohort_id in (:cohorts) group by g.cohort_id, m.territory_id), "
                + "vis as (select v.id, v.cohort_id, v.host_id from learning_visit v "
                + "left join path_session s on s.id = v.session_id where v.cohort_id in (:cohorts) "
                + "and coalesce(s.cancelled, false) = false and v.ends_at <= :now "
                + "and v.starts_at >= :start and v.starts_at < :end), "
                + "hst as (select cohort_id, host_id territory_id, count(*) n from vis group by cohort_id, host_id), "
                + "mde as (select vis.cohort_id, m.territory_id, count(distinct vis.id) n from vis "
                + "join visit_registration vr on vr.visit_id = vis.id and vr.status = 'REGISTERED' "
                + "join member m on m.id = vr.member_id where m.territory_id <> vis.host_id "
                + "group by vis.cohort_id, m.territory_id), "
                + "rd as (select r.cohort_id, r.territory_id, count(distinct rm.resource_id) n from rws r "
                + "join member mb on mb.territory_id = r.territory_id join person pe on pe.email = mb.email "
                + "join resource_mark rm on rm.person_id = pe.id "
                + "where rm.read_at >= :start and rm.read_at < :end and rm.read_at <= :now "
                + "group by r.cohort_id, r.territory_id) "
                + "select r.cohort_id, r.cohort_name, r.territory_id, r.territory_name, "
                + "coalesce(att.expected, 0) sessions_expected, coalesce(att.attended, 0) sessions_attended, "
                + "coalesce(wk.due, 0) work_due, coalesce(wk.on_time, 0) work_on_time, coalesce(wk.late, 0) work_late, "
                + "coalesce(wk.early, 0) work_early, coalesce(cdv.held, 0) codev_held, coalesce(cli.turns, 0) client_turns, "
                + "coalesce(cli.cdue, 0) commitments_due, coalesce(cli.kept, 0) commitments_kept, "
                + "coalesce(cli.overdue, 0) commitments_overdue, coalesce(hst.n, 0) visits_hosted, "
                + "coalesce(mde.n, 0) visits_made, coalesce(rd.n, 0) resources_read "
                + "from rws r "
                + "left join att on att.cohort_id = r.cohort_id and att.territory_id = r.territory_id "
                + "left join wk on wk.cohort_id = r.cohort_id and wk.territory_id = r.territory_id "
                + "left join cdv on cdv.cohort_id = r.cohort_id and cdv.territory_id = r.territory_id "
                + "left join cli on cli.cohort_id = r.cohort_id and cli.territory_id = r.territory_id "
                + "left join hst on hst.cohort_id = r.cohort_id and hst.territory_id = r.territory_id "
                + "left join mde on mde.cohort_id = r.cohort_id and mde.territory_id = r.territory_id "
                + "left join rd on rd.cohort_id = r.cohort_id and rd.territory_id = r.territory_id";
    }

    /** The ORDER BY of a page of figures: the column, then name and ids so pages never overlap. */
    static String order(FiguresSort sort, boolean ascending) {
        String column = switch (sort) {
            case TERRITORY -> "territory_name";
            case COHORT -> "cohort_name";
            case ATTENDANCE -> "case when sessions_expected = 0 then -1 else sessions_attended / sessions_expected end";
            case WORK_MISSING -> "work_due - work_on_time - work_late";
            case CODEV_HELD -> "codev_held";
            case COMMITMENTS_OVERDUE -> "commitments_overdue";
            case VISITS -> "visits_hosted + visits_made";
            case RESOURCES -> "resources_read";
            case GAP -> "(sessions_expected + work_due) - (sessions_attended + work_on_time + work_late + work_early)";
        };
        String direction = ascending ? " asc" : " desc";
        return " order by " + column + direction + ", territory_name" + direction + ", cohort_id, territory_id";
    }

    /** The alerts as of now, whatever the period: one row per (cohort, territory, kind). */
    static String alerts(MonitoringQuery query) {
        return "with " + rows(query) + ", " + expected("allKinds", false) + ", "
                + "lastTwo as (select tsa.*, row_number() over (partition by cohort_id, territory_id "
                + "order by starts_at desc, session_id desc) rn from tsa), "
                + "missed as (select cohort_id, territory_id from lastTwo where rn <= 2 group by cohort_id, territory_id "
                + "having count(*) = 2 and sum(attended) = 0), "
                + "overdueWork as (select r.cohort_id, r.territory_id, count(*) n from assignment asg "
                + "join path_session s on s.id = asg.session_id join rws r on r.cohort_id = s.cohort_id "
                + "where s.cancelled = false and asg.due_at <= :now and (s.whole_cohort = true or exists "
                + "(select 1 from session_territory st where st.session_id = s.id and st.territory_id = r.territory_id)) "
                + "and not exists (select 1 from submission sb where sb.assignment_id = asg.id "
                + "and sb.territory_id = r.territory_id) group by r.cohort_id, r.territory_id), "
                + "overdueCommitments as (select g.cohort_id, m.territory_id, count(*) n from codev_session cs "
                + "join codev_group g on g.id = cs.group_id join member m on m.id = cs.client_id "
                + "where g.cohort_id in (:cohorts) and cs.commitment_due < :today and cs.commitment_outcome is null "
                + "group by g.cohort_id, m.territory_id) "
                + "select r.cohort_id, r.territory_id, r.territory_name, a.kind, a.n from rws r join ("
                + "select cohort_id, territory_id, 'MISSED_TWO_SESSIONS' kind, 2 n from missed "
                + "union all select cohort_id, territory_id, 'WORK_OVERDUE', n from overdueWork "
                + "union all select cohort_id, territory_id, 'COMMITMENT_OVERDUE', n from overdueCommitments"
                + ") a on a.cohort_id = r.cohort_id and a.territory_id = r.territory_id "
                + "order by r.territory_name, r.territory_id, a.kind limit :max";
    }

    /** Attendance per cohort and month of the period (UTC month of the session's start). */
    static String trend(MonitoringQuery query) {
        return "with " + rows(query) + ", " + expected("kinds", true) + " "
                + "select tsa.cohort_id, c.name, date_format(tsa.starts_at, '%Y-%m') month, count(*) expected, "
                + "sum(tsa.attended) attended from tsa join cohort c on c.id = tsa.cohort_id "
                + "group by tsa.cohort_id, c.name, date_format(tsa.starts_at, '%Y-%m') order by month, c.name";
    }

    /** One territory's sessions in a cohort with the facts {@code TimelineFacts} needs. */
    static String timeline() {
        return "select s.id, s.title, s.kind, s.phase, s.starts_at, s.ends_at, s.cancelled, "
                + "exists (select 1 from attendance a where a.session_id = s.id) sheet, "
                + "exists (select 1 from attendance a join member m on m.id = a.member_id where a.session_id = s.id "
                + "and m.territory_id = :territory and a.status in ('PRESENT', 'LATE')) attended, "
                + "asg.due_at, sb.id is not null handed_in, coalesce(sb.late, false) handed_late, "
                + "coalesce(cs.status = 'FINISHED', false) codev_finished, "
                + "exists (select 1 from codev_session_participant p join member m on m.id = p.member_id "
                + "where p.codev_session_id = cs.id and m.territory_id = :territory) took_part, "
                + "coalesce(v.host_id = :territory, false) hosted, "
                + "exists (select 1 from visit_registration vr join member m on m.id = vr.member_id "
                + "where vr.visit_id = v.id and vr.status = 'REGISTERED' and m.territory_id = :territory) visited "
                + "from path_session s left join assignment asg on asg.session_id = s.id "
                + "left join submission sb on sb.assignment_id = asg.id and sb.territory_id = :territory "
                + "left join codev_session cs on cs.session_id = s.id "
                + "left join learning_visit v on v.session_id = s.id "
                + "where s.cohort_id = :cohort and (s.whole_cohort = true or exists (select 1 from session_territory st "
                + "where st.session_id = s.id and st.territory_id = :territory)) "
                + "order by s.starts_at, s.id limit :max";
    }

}
