package org.parcours.infrastructure.figures;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import org.parcours.domain.monitoring.Alert;
import org.parcours.domain.monitoring.Figures;
import org.parcours.domain.monitoring.FiguresSort;
import org.parcours.domain.monitoring.MonitoringQuery;
import org.parcours.domain.monitoring.MonitoringRepository;
import org.parcours.domain.monitoring.TrendPoint;

/**
 * The dashboards' indicators kept (see {@link KeptFigures}). A territory's timeline and the monthly
 * job's list of cohorts are read each time: one territory's rows, or once a month.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class KeptMonitoringFigures implements MonitoringRepository {

    @Inject
    @Delegate
    @Any
    MonitoringRepository computed;
    @Inject
    KeptFigures kept;

    @Override
    public long count(MonitoringQuery query) {
        return kept.store().get(Questions.of("count", query), () -> computed.count(query));
    }

    @Override
    public List<Figures> territories(MonitoringQuery query, FiguresSort sort, boolean ascending, int first, int max) {
        return kept.store().get(Questions.of("territories", query, sort, ascending, first, max),
                () -> List.copyOf(computed.territories(query, sort, ascending, first, max)));
    }

    @Override
    public List<Figures> cohorts(MonitoringQuery query) {
        return kept.store().get(Questions.of("cohorts", query), () -> List.copyOf(computed.cohorts(query)));
    }

    @Override
    public List<Alert> alerts(MonitoringQuery query, int max) {
        return kept.store().get(Questions.of("alerts", query, max), () -> List.copyOf(computed.alerts(query, max)));
    }

    @Override
    public List<TrendPoint> trend(MonitoringQuery query) {
        return kept.store().get(Questions.of("trend", query), () -> List.copyOf(computed.trend(query)));
    }
}
