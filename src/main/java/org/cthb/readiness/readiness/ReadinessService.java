package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.NationScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The default and largest page of the list; exports take every person. */
    static final int PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 1000;

    /** Every person of the view, for exports. */
    public ReadinessReport report(String iso3, String mission, String date, String status, String sort) {
        return report(iso3, mission, date, status, sort, 0, Integer.MAX_VALUE);
    }

    /** One page of the list, with the counts of the whole contingent. */
    public ReadinessReport report(String iso3, String mission, String date, String status, String sort,
                                  Integer page, Integer size) {
        int pageNo = page == null ? 0 : page;
        int pageSize = size == null ? PAGE_SIZE : size;
        if (pageNo < 0) {
            throw new InvalidInput("page", "page counts from 0, not " + pageNo);
        }
        if (pageSize < 1 || (pageSize > MAX_PAGE_SIZE && pageSize != Integer.MAX_VALUE)) {
            throw new InvalidInput("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
        String nation = scope.require(iso3);
        if (!referenceData.missionExists(mission)) {
            throw new NotFound("No mission " + mission);
        }
        LocalDate day = ReadinessQueries.parseDate(date);
        List<ReadinessQueries.Row> rows = queries.contingent(nation, mission, day);
        ReadinessStatus only = parseStatus(status);
        // Rows come sorted by name from the query; a stable sort keeps that order within a status or start date.
        List<ReadinessQueries.Row> listed = new ArrayList<>(rows.stream()
                .filter(r -> only == null || r.status() == only).toList());
        order(sort).ifPresent(listed::sort);
        long from = Math.min((long) pageNo * pageSize, listed.size());
        List<ReadinessReport.PersonReadiness> people = listed.subList((int) from,
                        (int) Math.min(from + pageSize, listed.size())).stream()
                .map(r -> new ReadinessReport.PersonReadiness(r.nationalId(), r.familyName(), r.givenName(),
                        r.email(), r.role(), r.startDate(), r.status())).toList();
        audit.record("READINESS_VIEWED", "readiness", mission + "@" + day, nation, people.size() + " people listed");
        return new ReadinessReport(nation, mission, day, rows.size(), counts(rows),
                grouped(rows, r -> r.gender()), grouped(rows, r -> AgeBands.of(r.birthYear(), day)), people,
                listed.size(), pageNo, pageSize == Integer.MAX_VALUE ? listed.size() : pageSize);
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

    /** The order besides the query's own by name; empty for by name. */
    private static Optional<Comparator<ReadinessQueries.Row>> order(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "status" -> Optional.of(Comparator.comparing(ReadinessQueries.Row::status));
            case "start" -> Optional.of(Comparator.comparing(ReadinessQueries.Row::startDate));
            case "name" -> Optional.empty();
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
