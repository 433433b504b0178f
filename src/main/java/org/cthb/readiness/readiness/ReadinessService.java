package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.security.NationScope;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
    @Inject
    RecognisedModules recognisedModules;

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
        return report(iso3, mission, date, status, null, null, sort, page, size);
    }

    /** Every person of the view the filters keep, for exports. */
    public ReadinessReport report(String iso3, String mission, String date, String status, String role, String search,
                                  String sort) {
        return report(iso3, mission, date, status, role, search, sort, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of the people a status, a role and words of a name, national id or e-mail keep, with the counts of
     * the whole contingent per status and per role.
     */
    public ReadinessReport report(String iso3, String mission, String date, String status, String role, String search,
                                  String sort, Integer page, Integer size) {
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
        ReadinessStatus only = parseStatus(status);
        ReadinessQueries.Order order = parseOrder(sort);
        LocalDate day = ReadinessQueries.parseDate(date);
        boolean everyone = pageSize == Integer.MAX_VALUE;
        String onlyRole = parseRole(role);
        String words = search == null || search.isBlank() ? null : search.strip();
        if (words != null && words.length() > 100) {
            throw new InvalidInput("q", "the search may be up to 100 characters long, not " + words.length());
        }
        ReadinessQueries.Filter filter = new ReadinessQueries.Filter(only, onlyRole, words);
        ReadinessQueries.Answer answer = queries.answer(nation, mission, day, filter, order,
                everyone ? 0 : (long) pageNo * pageSize, pageSize);
        List<ReadinessQueries.Group> groups = answer.counts();
        Map<ReadinessStatus, Long> counts = grouped(groups, g -> "all").getOrDefault("all", zeroes());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long listed = answer.listed() >= 0 ? answer.listed() : only == null ? total : counts.get(only);
        // One query for the whole contingent's recognitions (usually few), never one per person listed.
        Map<RecognisedModules.Key, List<ReadinessReport.Recognised>> recognised = answer.people().isEmpty()
                ? Map.of() : recognisedModules.of(nation, mission, day);
        List<ReadinessReport.PersonReadiness> people = answer.people().stream()
                .map(r -> new ReadinessReport.PersonReadiness(r.nationalId(), r.familyName(), r.givenName(),
                        r.email(), r.role(), r.startDate(), r.status(), recognised.getOrDefault(
                                new RecognisedModules.Key(r.nation(), r.nationalId()), List.of()))).toList();
        audit.record("READINESS_VIEWED", "readiness", mission + "@" + day, nation, people.size() + " people listed");
        return new ReadinessReport(nation, mission, day, total, counts, grouped(groups, ReadinessQueries.Group::gender),
                grouped(groups, g -> AgeBands.of(g.birthYear(), day)), people, listed, pageNo,
                everyone ? (int) Math.min(listed, Integer.MAX_VALUE) : pageSize, answer.byRole(), onlyRole, words);
    }

    private static Map<ReadinessStatus, Long> zeroes() {
        Map<ReadinessStatus, Long> counts = new EnumMap<>(ReadinessStatus.class);
        for (ReadinessStatus s : ReadinessStatus.values()) {
            counts.put(s, 0L);
        }
        return counts;
    }

    /** Counts per status for each value of the key; every status present, zero when no one is in it. */
    private static Map<String, Map<ReadinessStatus, Long>> grouped(List<ReadinessQueries.Group> groups,
                                                                 Function<ReadinessQueries.Group, String> key) {
        Map<String, Map<ReadinessStatus, Long>> grouped = new TreeMap<>();
        groups.forEach(g -> grouped.computeIfAbsent(key.apply(g), k -> zeroes()).merge(g.status(), g.count(), Long::sum));
        return grouped;
    }

    private static String parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return org.cthb.readiness.standard.rules.DeploymentRole.valueOf(role.strip().toUpperCase()).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "role must be one of "
                    + List.of(org.cthb.readiness.standard.rules.DeploymentRole.values()));
        }
    }

    private static ReadinessQueries.Order parseOrder(String sort) {
        return switch (sort == null || sort.isBlank() ? "name" : sort) {
            case "status" -> ReadinessQueries.Order.STATUS;
            case "start" -> ReadinessQueries.Order.START;
            case "name" -> ReadinessQueries.Order.NAME;
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
