package org.parcours.infrastructure.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parcours.domain.monitoring.MonitoringQuery;

/** The keys of kept figures: what was asked, without the instant it was asked at. */
final class Questions {

    private Questions() {
    }

    /** A dashboard query asked of {@code method} with {@code more} arguments; its {@code now} left out. */
    static List<Object> of(String method, MonitoringQuery query, Object... more) {
        List<Object> question = new ArrayList<>(Arrays.asList(method, query.cohortIds(), query.territoryText(),
                query.from(), query.to(), query.kind(), query.territoryId()));
        question.addAll(Arrays.asList(more));
        return question;
    }

    /** {@code method} asked with {@code arguments}. */
    static List<Object> of(String method, Object... arguments) {
        List<Object> question = new ArrayList<>();
        question.add(method);
        question.addAll(Arrays.asList(arguments));
        return question;
    }
}
