package org.cthb.readiness.readiness;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Requirement;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Readiness read from {@code readiness_fact}, the per-deployment read model the database keeps current with
 * triggers (changeset 0014): the counts of a whole contingent from the counts kept beside it, and the list one page
 * at a time through the index in name order. Exact for any date on or after the latest certificate's issue
 * date, which is every question about today or the future; {@link ReadinessHistory} answers the others.
 */
@ApplicationScoped
class ReadinessFacts {

    /** People per mission, nation, gender, birth year, ready and started, kept by the triggers on the facts. */
    private static final String COUNTS = """
            select c.nation_iso3, c.gender, c.birth_year, c.ready, c.started, c.people
            from readiness_count c
            where c.mission_code = ? and c.people > 0 %s
            """;

    /** Not ready on the start date but valid on the day asked: a range of the expiring index. */
    private static final String EXPIRING = """
            select f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.started, count(*)
            from readiness_fact f
            where f.mission_code = ? and f.ready = 0 and f.cert_expires_on >= ? %s
            group by f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.started
            """;

    /** Neither ready nor valid on the day asked, and within the window of their role: ranges of the window index. */
    private static final String IN_WINDOW = """
            select f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.started, count(*)
            from readiness_fact f
            where f.mission_code = ? and f.ready = 0 and not coalesce(f.cert_expires_on >= ?, 0) and (%s) %s
            group by f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.started
            """;

    private static final String PEOPLE = """
            select f.nation_iso3, f.national_id, f.family_name, f.given_name, f.email, f.gender, f.birth_year, f.role,
              f.start_date, %s as status
            from readiness_fact f
            where f.mission_code = ? %s
            order by %s f.family_name, f.given_name, f.national_id
            """;

    /** The status of a row as the ordinal of {@link ReadinessStatus}, the ready and started facts decided by triggers. */
    private static final String STATUS = "case when f.ready then 0 when f.cert_expires_on >= ? then 1 when (%s) then 2"
            + " when f.started then 3 else 4 end";

    @Inject
    AgroalDataSource dataSource;

    /** Whether no certificate was issued after {@code day}, so that the facts hold on that day. */
    boolean holdOn(LocalDate day) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select not exists (select 1 from certificate where issued_on > ?)")) {
            q.setDate(1, Date.valueOf(day));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * How many of the contingent are in each status, per nation, gender and birth year: READY, and the people who
     * have or have not started, come from the kept counts; the date-dependent EXPIRES and GRACE are counted from the
     * few facts they can concern and taken from the not-ready people of the same group.
     */
    List<ReadinessQueries.Group> counts(String nation, String mission, LocalDate day, GraceWindows windows) {
        String ofNation = nation == null ? "" : "and %s.nation_iso3 = ?";
        Statement grace = grace(windows, day);
        Statement expiringQuery = withNation(new Statement(EXPIRING.formatted(ofNation.formatted("f")))
                .with(mission).with(day), nation);
        Statement inWindowQuery = withNation(new Statement(IN_WINDOW.formatted(grace.sql(), ofNation.formatted("f")))
                .with(mission).with(day).with(grace), nation);
        Statement kept = withNation(new Statement(COUNTS.formatted(ofNation.formatted("c"))).with(mission), nation);
        List<ReadinessQueries.Group> groups = new ArrayList<>();
        // One snapshot for the three reads: the kept counts change in the same transactions as the facts.
        inOneSnapshot(c -> {
            Map<GroupKey, Long> expires = byGroup(c, expiringQuery);
            Map<GroupKey, Long> withinWindow = byGroup(c, inWindowQuery);
            kept.forEachRow(c, rs -> {
                GroupKey key = new GroupKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(5));
                long people = rs.getLong(6);
                if (rs.getBoolean(4)) {
                    groups.add(key.group(ReadinessStatus.READY, people));
                    return;
                }
                long expiring = expires.getOrDefault(key, 0L);
                long inGrace = withinWindow.getOrDefault(key, 0L);
                groups.add(key.group(ReadinessStatus.EXPIRES, expiring));
                groups.add(key.group(ReadinessStatus.GRACE, inGrace));
                groups.add(key.group(key.started() ? ReadinessStatus.IN_PROGRESS : ReadinessStatus.NOT_STARTED,
                        people - expiring - inGrace));
            });
        });
        return groups;
    }

    /** A group of the kept counts; birth year 0 when unknown. */
    private record GroupKey(String nation, String gender, int birthYear, boolean started) {

        ReadinessQueries.Group group(ReadinessStatus status, long people) {
            return new ReadinessQueries.Group(nation, gender, birthYear == 0 ? null : birthYear, status, people);
        }
    }

    private static Map<GroupKey, Long> byGroup(Connection c, Statement query) throws SQLException {
        Map<GroupKey, Long> counts = new HashMap<>();
        query.forEachRow(c, rs -> counts.put(
                new GroupKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)), rs.getLong(5)));
        return counts;
    }

    private static Statement withNation(Statement query, String nation) {
        return nation == null ? query : query.with(nation);
    }

    private interface Reads {
        void read(Connection c) throws SQLException;
    }

    private void inOneSnapshot(Reads reads) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                reads.read(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
        }
    }

    /** One page of the contingent, or all of it when {@code limit} is {@link Integer#MAX_VALUE}. */
    List<ReadinessQueries.Row> people(String nation, String mission, LocalDate day, GraceWindows windows,
                                      ReadinessStatus only, ReadinessQueries.Order order, long offset, int limit) {
        return filtered(nation, mission, day, windows, new ReadinessQueries.Filter(only, null, null), order, offset,
                limit);
    }

    /** One page of the people the filter keeps, or all of them when {@code limit} is {@link Integer#MAX_VALUE}. */
    List<ReadinessQueries.Row> filtered(String nation, String mission, LocalDate day, GraceWindows windows,
                                        ReadinessQueries.Filter filter, ReadinessQueries.Order order, long offset,
                                        int limit) {
        ReadinessStatus only = filter.status();
        Statement grace = grace(windows, day);
        String status = STATUS.formatted(grace.sql());
        String where = (nation == null ? "" : "and f.nation_iso3 = ? ") + (only == null ? "" : "and " + status + " = ?")
                + narrowing(filter);
        String sortFirst = switch (order) {
            case NAME -> "";
            case STATUS -> "status,";
            case START -> "f.start_date,";
        };
        String sql = PEOPLE.formatted(status, where, sortFirst)
                + (limit == Integer.MAX_VALUE ? "" : " limit " + limit + " offset " + offset);
        Statement query = new Statement(sql).with(day).with(grace).with(mission);
        if (nation != null) {
            query = query.with(nation);
        }
        if (only != null) {
            query = query.with(day).with(grace).with(only.ordinal());
        }
        query = narrowed(query, filter);
        List<ReadinessQueries.Row> rows = new ArrayList<>();
        query.forEachRow(dataSource, rs -> rows.add(new ReadinessQueries.Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8), rs.getDate(9).toLocalDate(),
                ReadinessStatus.values()[rs.getInt(10)])));
        return rows;
    }

    /** How many people the filter keeps. */
    long listed(String nation, String mission, LocalDate day, GraceWindows windows, ReadinessQueries.Filter filter) {
        Statement grace = grace(windows, day);
        String status = STATUS.formatted(grace.sql());
        Statement query = new Statement("select count(*) from readiness_fact f where f.mission_code = ? "
                + (nation == null ? "" : "and f.nation_iso3 = ? ")
                + (filter.status() == null ? "" : "and " + status + " = ? ") + narrowing(filter)).with(mission);
        if (nation != null) {
            query = query.with(nation);
        }
        if (filter.status() != null) {
            query = query.with(day).with(grace).with(filter.status().ordinal());
        }
        long[] count = new long[1];
        narrowed(query, filter).forEachRow(dataSource, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** People of the contingent per deployment role. */
    Map<String, Long> byRole(String nation, String mission) {
        Statement query = new Statement("select f.role, count(*) from readiness_fact f where f.mission_code = ? "
                + (nation == null ? "" : "and f.nation_iso3 = ? ") + "group by f.role order by f.role").with(mission);
        if (nation != null) {
            query = query.with(nation);
        }
        Map<String, Long> roles = new java.util.TreeMap<>();
        query.forEachRow(dataSource, rs -> roles.put(rs.getString(1), rs.getLong(2)));
        return roles;
    }

    /** The role and search conditions; words are matched anywhere in the names, national id or e-mail. */
    private static String narrowing(ReadinessQueries.Filter filter) {
        return (filter.role() == null ? "" : " and f.role = ?")
                + (filter.search() == null ? "" : " and (f.family_name like ? escape '!' or f.given_name like ? escape"
                + " '!' or f.national_id like ? escape '!' or f.email like ? escape '!')");
    }

    private static Statement narrowed(Statement query, ReadinessQueries.Filter filter) {
        Statement narrowed = filter.role() == null ? query : query.with(filter.role());
        if (filter.search() != null) {
            String like = "%" + filter.search().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            narrowed = narrowed.with(like).with(like).with(like).with(like);
        }
        return narrowed;
    }

    /**
     * Whether a row's start date lies within the in-processing window of its role, under its nation's standard:
     * {@code (role = ? and start_date between ? and ?) or ...} for the roles whose standard allows in-processing.
     */
    static Statement grace(GraceWindows windows, LocalDate day) {
        List<Statement> parts = new ArrayList<>();
        windows.overlaid().forEach((nation, standard) ->
                parts.add(new Statement("f.nation_iso3 = ? and (" + roles(standard, day).sql() + ")")
                        .with(nation).with(roles(standard, day))));
        Statement others = roles(windows.others(), day);
        if (windows.overlaid().isEmpty()) {
            parts.add(others);
        } else {
            String marks = String.join(",", Collections.nCopies(windows.overlaid().size(), "?"));
            Statement rest = new Statement("f.nation_iso3 not in (" + marks + ") and (" + others.sql() + ")");
            for (String nation : windows.overlaid().keySet()) {
                rest = rest.with(nation);
            }
            parts.add(rest.with(others));
        }
        return Statement.or(parts);
    }

    private static Statement roles(Map<DeploymentRole, Requirement> standard, LocalDate day) {
        List<Statement> parts = new ArrayList<>();
        standard.forEach((role, rule) -> {
            if (rule.inProcessingAllowed()) {
                parts.add(new Statement("f.role = ? and f.start_date between ? and ?").with(role.name())
                        .with(day.minusDays(rule.graceDays())).with(day.plusDays(rule.graceDays())));
            }
        });
        return Statement.or(parts);
    }

    /** A piece of SQL with its parameters in order, so conditions built in several places bind correctly. */
    record Statement(String sql, List<Object> parameters) {

        Statement(String sql) {
            this(sql, List.of());
        }

        Statement with(Object parameter) {
            List<Object> all = new ArrayList<>(parameters);
            if (parameter instanceof Statement nested) {
                all.addAll(nested.parameters());
            } else {
                all.add(parameter instanceof LocalDate date ? Date.valueOf(date) : parameter);
            }
            return new Statement(sql, all);
        }

        static Statement or(List<Statement> parts) {
            if (parts.isEmpty()) {
                return new Statement("0");
            }
            Statement joined = new Statement(String.join(" or ",
                    parts.stream().map(p -> "(" + p.sql() + ")").toList()));
            for (Statement part : parts) {
                joined = joined.with(part);
            }
            return joined;
        }

        interface RowReader {
            void read(ResultSet rs) throws SQLException;
        }

        void forEachRow(AgroalDataSource dataSource, RowReader reader) {
            try (Connection c = dataSource.getConnection()) {
                forEachRow(c, reader);
            } catch (SQLException e) {
                throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
            }
        }

        void forEachRow(Connection c, RowReader reader) throws SQLException {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    q.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }
}
