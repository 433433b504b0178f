package org.cthb.readiness.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.standard.Standards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Readiness of a whole contingent with set-based queries, never a query per person: from the read model that the
 * database keeps current ({@link ReadinessFacts}) whenever it holds on the date asked, and otherwise from the
 * records as they stood on that date ({@link ReadinessHistory}). Both answer the same question the same way.
 */
@ApplicationScoped
public class ReadinessQueries {

    /** A deployed person and their status, with what the disaggregation needs. */
    public record Row(String nation, String nationalId, String familyName, String givenName, String email, String gender,
                      Integer birthYear, String role, LocalDate startDate, ReadinessStatus status) {
    }

    /** How many deployed people of a nation, gender and birth year are in a status. */
    public record Group(String nation, String gender, Integer birthYear, ReadinessStatus status, long count) {
    }

    /** The order of the list; people with the same key stay in name order. */
    public enum Order {
        NAME, STATUS, START
    }

    @Inject
    ReadinessFacts facts;
    @Inject
    ReadinessHistory history;
    @Inject
    Standards standards;

    /** The counts of a contingent and one page of its list, read under the same decision of where to read from. */
    public record Answer(List<Group> counts, List<Row> people, long listed, Map<String, Long> byRole) {

        Answer(List<Group> counts, List<Row> people) {
            this(counts, people, -1, Map.of());
        }
    }

    /** What narrows the list: a status, a deployment role, and words found in the name, national id or e-mail. */
    public record Filter(ReadinessStatus status, String role, String search) {

        static final Filter NONE = new Filter(null, null, null);

        boolean narrowsBeyondStatus() {
            return role != null || search != null;
        }

        boolean keeps(Row row) {
            return (status == null || row.status() == status) && (role == null || role.equals(row.role()))
                    && (search == null || matches(row, search));
        }

        private static boolean matches(Row row, String search) {
            String words = search.toLowerCase(java.util.Locale.ROOT);
            return java.util.stream.Stream.of(row.familyName(), row.givenName(), row.nationalId(), row.email())
                    .anyMatch(v -> v != null && v.toLowerCase(java.util.Locale.ROOT).contains(words));
        }
    }

    /** Counts of every deployment to the mission; of one nation, or of all nations when {@code nation} is null. */
    public List<Group> counts(String nation, String mission, LocalDate day) {
        return answer(nation, mission, day, Filter.NONE, Order.NAME, 0, 0).counts();
    }

    /** People of the contingent in the status asked (all when null), in order, from {@code offset}. */
    public List<Row> people(String nation, String mission, LocalDate day, ReadinessStatus only, Order order,
                            long offset, int limit) {
        return answer(nation, mission, day, only, order, offset, limit).people();
    }

    /** The counts, and {@code limit} people from {@code offset} (none when 0, all when {@link Integer#MAX_VALUE}). */
    public Answer answer(String nation, String mission, LocalDate day, ReadinessStatus only, Order order,
                         long offset, int limit) {
        return answer(nation, mission, day, new Filter(only, null, null), order, offset, limit);
    }

    /**
     * The counts, the people per role, how many the filter keeps, and {@code limit} of them from {@code offset}
     * (none when 0, all when {@link Integer#MAX_VALUE}).
     */
    public Answer answer(String nation, String mission, LocalDate day, Filter filter, Order order, long offset,
                         int limit) {
        GraceWindows windows = GraceWindows.of(standards, nation);
        if (facts.holdOn(day)) {
            return new Answer(facts.counts(nation, mission, day, windows),
                    limit == 0 ? List.of() : facts.filtered(nation, mission, day, windows, filter, order, offset, limit),
                    filter.narrowsBeyondStatus() ? facts.listed(nation, mission, day, windows, filter) : -1,
                    facts.byRole(nation, mission));
        }
        List<Row> everyone = history.contingent(nation, mission, day, windows);
        Map<String, Long> byRole = new TreeMap<>();
        everyone.forEach(r -> byRole.merge(r.role(), 1L, Long::sum));
        return new Answer(counted(everyone), page(everyone, filter, order, offset, limit),
                everyone.stream().filter(filter::keeps).count(), byRole);
    }

    private static List<Group> counted(List<Row> rows) {
        Map<Group, Long> counted = new TreeMap<>(Comparator.comparing(Group::nation)
                .thenComparing(Group::gender).thenComparing(Group::birthYear, Comparator.nullsFirst(Integer::compare))
                .thenComparing(Group::status));
        for (Row row : rows) {
            counted.merge(new Group(row.nation(), row.gender(), row.birthYear(), row.status(), 0), 1L, Long::sum);
        }
        List<Group> groups = new ArrayList<>();
        counted.forEach((g, n) -> groups.add(new Group(g.nation(), g.gender(), g.birthYear(), g.status(), n)));
        return groups;
    }

    /** Rows come sorted by name; a stable sort keeps that order within a status or a start date. */
    private static List<Row> page(List<Row> byName, Filter filter, Order order, long offset, int limit) {
        List<Row> listed = new ArrayList<>(byName.stream().filter(filter::keeps).toList());
        if (order == Order.STATUS) {
            listed.sort(Comparator.comparing(Row::status));
        } else if (order == Order.START) {
            listed.sort(Comparator.comparing(Row::startDate));
        }
        int from = (int) Math.min(offset, listed.size());
        return List.copyOf(listed.subList(from, (int) Math.min((long) from + limit, listed.size())));
    }

    /** Every deployment to the mission, in name order. */
    public List<Row> contingent(String nation, String mission, LocalDate day) {
        return people(nation, mission, day, null, Order.NAME, 0, Integer.MAX_VALUE);
    }

    /** The date of a readiness question: today when none is given. */
    static LocalDate parseDate(String date) {
        try {
            return date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "date must be written YYYY-MM-DD, not '" + date + "'");
        }
    }
}
