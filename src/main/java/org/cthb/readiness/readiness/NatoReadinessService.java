package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.readiness.report.SmallCellSuppression;
import org.cthb.readiness.readiness.report.SuppressedTable;
import org.cthb.readiness.reference.ReferenceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/** Readiness of a mission across all nations, as suppressed counts tables; the same counts as a nation's view. */
@ApplicationScoped
public class NatoReadinessService {

    private static final List<ReadinessStatus> STATUSES = List.of(ReadinessStatus.values());

    @Inject
    ReadinessQueries queries;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditLog audit;

    public NatoReadinessReport report(String mission, String date) {
        if (!referenceData.missionExists(mission)) {
            throw new NotFound("No mission " + mission);
        }
        LocalDate day = ReadinessQueries.parseDate(date);
        List<ReadinessQueries.Group> groups = queries.counts(null, mission, day);
        long deployments = groups.stream().mapToLong(ReadinessQueries.Group::count).sum();
        audit.record("NATO_READINESS_VIEWED", "readiness", mission + "@" + day, null, deployments + " deployments");
        return new NatoReadinessReport(mission, day, table(groups, ReadinessQueries.Group::nation),
                table(groups, ReadinessQueries.Group::gender), table(groups, g -> AgeBands.of(g.birthYear(), day)));
    }

    private static NatoReadinessReport.Table table(List<ReadinessQueries.Group> groups,
                                                   Function<ReadinessQueries.Group, String> key) {
        List<String> labels = new ArrayList<>(new TreeSet<>(groups.stream().map(key).toList()));
        List<String> columns = Stream.concat(STATUSES.stream().map(Enum::name), Stream.of("total")).toList();
        if (labels.isEmpty()) {
            // No one deploys to the mission yet: a table of totals, all zero (nothing to suppress).
            return new NatoReadinessReport.Table(List.of("total"), columns,
                    List.of(Collections.nCopies(columns.size(), "0")));
        }
        long[][] counts = new long[labels.size()][STATUSES.size()];
        groups.forEach(g -> counts[labels.indexOf(key.apply(g))][g.status().ordinal()] += g.count());
        SuppressedTable published = SmallCellSuppression.apply(counts);
        List<String> rowLabels = Stream.concat(labels.stream(), Stream.of("total")).toList();
        return new NatoReadinessReport.Table(rowLabels, columns, published.grid());
    }
}
