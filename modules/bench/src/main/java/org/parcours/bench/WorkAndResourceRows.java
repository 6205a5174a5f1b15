package org.parcours.bench;

import static org.parcours.bench.GeneratorState.LOREM;
import static org.parcours.bench.GeneratorState.THEMES;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/** The centre's resources, and the individual work set at a session with what the territories handed in. */
final class WorkAndResourceRows {

    private final GeneratorState state;

    WorkAndResourceRows(GeneratorState state) {
        this.state = state;
    }

    /** The centre's resources: 20 per cohort, links, videos and MOOCs, approved, with one or two themes. */
    void resources(BatchInserts out) throws SQLException {
        var resource = out.table("resource", "id", "version", "nature", "type", "title", "summary", "author",
                "pub_year", "phase", "tags", "url", "status", "created_by", "created_at");
        var theme = out.table("resource_theme", "resource_id", "theme");
        String[] natures = {"FRAMEWORK", "ILLUSTRATION", "METHOD", "TOOLBOX"};
        String[] types = {"LINK", "VIDEO", "MOOC"};
        String[] phases = {"NEEDS", "SOLUTIONS", "EVALUATION"};
        for (int r = 0; r < 20 * state.cohorts; r++) {
            long id = state.nextResource++;
            resource.add(id, 0, natures[r % 4], types[r % 3], "Ressource " + id + " : coopérer sur le territoire",
                    LOREM, "Centre de ressources", 2015 + r % 11, phases[r % 3], "coopération, territoire",
                    "https://ressources.bench.test/r/" + id, "APPROVED", "animation-1", state.now.minusDays(400 - r % 300));
            theme.add(id, THEMES[r % 4]);
            if (r % 3 == 0) {
                theme.add(id, THEMES[(r + 1) % 4]);
            }
        }
    }

    void assignment(BatchInserts out, long session, List<Long> cohortTerritories, LocalDateTime start)
            throws SQLException {
        long id = state.nextAssignment++;
        LocalDateTime due = start.plusDays(14);
        out.table("assignment", "id", "version", "session_id", "instructions", "due_at")
                .add(id, 0, session, "Décrire une action du territoire et ce qu'elle a changé.", due);
        if (!state.over(due)) {
            return;
        }
        var submission = out.table("submission", "id", "version", "assignment_id", "territory_id", "body",
                "submitted_at", "late", "submitted_by", "feedback", "feedback_by", "feedback_at");
        for (long t : cohortTerritories) {
            if ((t + session) % 10 == 0) {
                continue; // one territory in ten has not handed in
            }
            boolean late = (t + session) % 7 == 0;
            boolean feedback = (t + session) % 2 == 0;
            submission.add(state.nextSubmission++, 0, id, t, LOREM + LOREM, late ? due.plusDays(2) : due.minusDays(1), late,
                    "bench-territory", feedback ? "Merci, piste intéressante à partager." : null,
                    feedback ? "Animatrice" : null, feedback ? due.plusDays(5) : null);
        }
    }
}
