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
import java.util.List;
import java.util.Map;

/**
 * Readiness read from {@code readiness_fact}, the per-deployment read model the database keeps current with
 * triggers (changeset 0014): the counts of a whole contingent in one grouped scan of a covering index, and the list
 * one page at a time through the index in name order. Exact for any date on or after the latest certificate's issue
 * date, which is every question about today or the future; {@link ReadinessHistory} answers the others.
 */
@ApplicationScoped
class ReadinessFacts {

    /** Groups in the counting index's own order, so MariaDB groups while it scans, without a temporary table. */
    private static final String COUNTS = """
            select f.nation_iso3, f.gender, f.birth_year, f.ready, f.started, count(*),
              sum(not f.ready and coalesce(f.cert_expires_on >= ?, 0)),
              sum(not f.ready and not coalesce(f.cert_expires_on >= ?, 0) and (%s))
            from readiness_fact f
            where f.mission_code = ? %s
            group by f.nation_iso3, f.gender, f.birth_year, f.ready, f.started
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

    /** How many of the contingent are in each status, per nation, gender and birth year. */
    List<ReadinessQueries.Group> counts(String nation, String mission, LocalDate day, GraceWindows windows) {
        Statement grace = grace(windows, day);
        Statement query = new Statement(COUNTS.formatted(grace.sql(), nation == null ? "" : "and f.nation_iso3 = ?"))
                .with(day).with(day).with(grace).with(mission);
        if (nation != null) {
            query = query.with(nation);
        }
        List<ReadinessQueries.Group> groups = new ArrayList<>();
        query.forEachRow(dataSource, rs -> {
            String rowNation = rs.getString(1);
            String gender = rs.getString(2);
            Integer birthYear = rs.getObject(3) == null ? null : rs.getInt(3);
            long all = rs.getLong(6);
            if (rs.getBoolean(4)) {
                groups.add(new ReadinessQueries.Group(rowNation, gender, birthYear, ReadinessStatus.READY, all));
                return;
            }
            long expires = rs.getLong(7);
            long inGrace = rs.getLong(8);
            groups.add(new ReadinessQueries.Group(rowNation, gender, birthYear, ReadinessStatus.EXPIRES, expires));
            groups.add(new ReadinessQueries.Group(rowNation, gender, birthYear, ReadinessStatus.GRACE, inGrace));
            groups.add(new ReadinessQueries.Group(rowNation, gender, birthYear,
                    rs.getBoolean(5) ? ReadinessStatus.IN_PROGRESS : ReadinessStatus.NOT_STARTED,
                    all - expires - inGrace));
        });
        return groups;
    }

    /** One page of the contingent, or all of it when {@code limit} is {@link Integer#MAX_VALUE}. */
    List<ReadinessQueries.Row> people(String nation, String mission, LocalDate day, GraceWindows windows,
                                      ReadinessStatus only, ReadinessQueries.Order order, long offset, int limit) {
        Statement grace = grace(windows, day);
        String status = STATUS.formatted(grace.sql());
        String where = (nation == null ? "" : "and f.nation_iso3 = ? ") + (only == null ? "" : "and " + status + " = ?");
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
        List<ReadinessQueries.Row> rows = new ArrayList<>();
        query.forEachRow(dataSource, rs -> rows.add(new ReadinessQueries.Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getObject(7) == null ? null : rs.getInt(7), rs.getString(8), rs.getDate(9).toLocalDate(),
                ReadinessStatus.values()[rs.getInt(10)])));
        return rows;
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
            try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    q.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Readiness could not be read: " + e.getMessage(), e);
            }
        }
    }
}
