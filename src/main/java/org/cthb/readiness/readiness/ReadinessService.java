package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.NationScope;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Readiness of a nation's contingent for a mission and date; the one service behind the page, API and exports. */
@ApplicationScoped
public class ReadinessService {

    @Inject
    NationScope scope;
    @Inject
    ReferenceData referenceData;
    @Inject
    ReadinessQueries queries;
    @Inject
    AuditLog audit;

    public ReadinessReport report(String iso3, String mission, String date, String status, String sort) {
        String nation = scope.require(iso3);
        if (!referenceData.missionExists(mission)) {
            throw new NotFound("No mission " + mission);
        }
        LocalDate day = ReadinessQueries.parseDate(date);
        List<ReadinessQueries.Row> rows = queries.contingent(nation, mission, day);
        ReadinessStatus only = parseStatus(status);
        List<ReadinessReport.PersonReadiness> people = rows.stream()
                .filter(r -> only == null || r.status() == only)
                .map(r -> new ReadinessReport.PersonReadiness(r.nationalId(), r.familyName(), r.givenName(),
                        r.email(), r.role(), r.startDate(), r.status()))
                .sorted(order(sort)).toList();
        audit.record("READINESS_VIEWED", "readiness", mission + "@" + day, nation, people.size() + " people listed");
        return new ReadinessReport(nation, mission, day, rows.size(), counts(rows),
                grouped(rows, r -> r.gender()), grouped(rows, r -> AgeBands.of(r.birthYear(), day)), people);
    }

    private static Map<ReadinessStatus, Long> counts(List<ReadinessQueries.Row> rows) {
        Map<ReadinessStatus, Long> counts = new EnumMap<>(ReadinessStatus.class);
        for (ReadinessStatus s : ReadinessStatus.values()) {
            counts.put(s, 0L);
        }
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Map<ReadinessStatus, Long>> grouped(List<ReadinessQueries.Row> rows,
                                                                 java.util.function.Function<ReadinessQueries.Row, String> key) {
        Map<String, Map<ReadinessStatus, Long>> groups = new TreeMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new EnumMap<>(ReadinessStatus.class))
                .merge(r.status(), 1L, Long::sum));
        return groups;
    }

    private static Comparator<ReadinessReport.PersonReadiness> order(String sort) {
        Comparator<ReadinessReport.PersonReadiness> byName = Comparator
                .comparing(ReadinessReport.PersonReadiness::familyName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ReadinessReport.PersonReadiness::givenName, String.CASE_INSENSITIVE_ORDER);
        return switch (sort == null ? "name" : sort) {
            case "status" -> Comparator.comparing(ReadinessReport.PersonReadiness::status).thenComparing(byName);
            case "start" -> Comparator.comparing(ReadinessReport.PersonReadiness::startDate).thenComparing(byName);
            case "name" -> byName;
            default -> throw new InvalidInput("sort", "sort must be name, status or start");
        };
    }


    private static ReadinessStatus parseStatus(String status) {
        try {
            return status == null || status.isBlank() ? null : ReadinessStatus.valueOf(status.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "status must be one of " + List.of(ReadinessStatus.values()));
        }
    }
}
