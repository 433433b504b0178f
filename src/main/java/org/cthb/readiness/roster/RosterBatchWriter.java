package org.cthb.readiness.roster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.database.TransactionConflict;
import org.cthb.readiness.roster.csv.RosterRow;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes roster rows set-based, two statements per batch instead of two per row: the persons as one multi-row
 * upsert, then their deployments from the batch read through {@code JSON_TABLE} (MariaDB 10.6 or later) and joined
 * to the persons just written. Upserting by (nation, national id) makes a re-run of the same file change nothing
 * (a file never names a person twice: the validator refuses it).
 */
@ApplicationScoped
public class RosterBatchWriter {

    private static final Logger LOG = Logger.getLogger(RosterBatchWriter.class);

    /** The batch's deployments as rows, in file order. */
    private static final String BATCH = """
            json_table(?, '$[*]' columns (seq for ordinality, national_id varchar(64) path '$.id',
              mission varchar(32) path '$.mission', role varchar(32) path '$.role', start_date date path '$.start')) b""";

    /**
     * One multi-row VALUES statement rather than a SELECT from the batch: MariaDB 11.4 loses the selected values of
     * an INSERT ... SELECT into a table with a BEFORE INSERT trigger ("cannot be null"), and person may carry one.
     */
    private static final String UPSERT_PERSONS = "insert into person (nation_iso3, national_id, given_name, family_name,"
            + " category, rank_grade, gender, birth_year, email, pseudonym) values %s"
            + " on duplicate key update given_name = values(given_name), family_name = values(family_name),"
            + " category = values(category), rank_grade = values(rank_grade), gender = values(gender),"
            + " birth_year = values(birth_year), email = values(email), updated_at = current_timestamp(3)";
    private static final String PERSON_VALUES = "(?,?,?,?,?,?,?,?,?,uuid())";
    private static final String UPSERT_DEPLOYMENTS = "insert into deployment (person_id, mission_code, role, start_date)"
            + " select p.id, b.mission, b.role, b.start_date from " + BATCH
            + " join person p on p.nation_iso3 = ? and p.national_id = b.national_id collate utf8mb4_unicode_ci"
            + " order by b.seq"
            + " on duplicate key update role = values(role), start_date = values(start_date)";
    /** The batch's persons and deployments, joined to the rows of the batch. */
    private static final String BATCH_DEPLOYMENTS = " from " + BATCH
            + " join person p on p.nation_iso3 = ? and p.national_id = b.national_id collate utf8mb4_unicode_ci"
            + " join deployment d on d.person_id = p.id and d.mission_code = b.mission collate utf8mb4_unicode_ci";
    private static final String FACT_COLUMNS = "insert into readiness_fact (deployment_id, person_id, nation_iso3,"
            + " mission_code, role, start_date, national_id, family_name, given_name, email, gender, birth_year,"
            + " cert_expires_on, started)"
            + " select d.id, p.id, p.nation_iso3, d.mission_code, d.role, d.start_date, p.national_id, p.family_name,"
            + " p.given_name, p.email, p.gender, p.birth_year,"
            + " if(exists (select 1 from account a where a.person_id = p.id), readiness_cert_expiry(p.id, d.role), null),"
            // Started for anyone with training here or a recognised module (0020), who may have no account yet.
            + " readiness_started(p.id)"
            + BATCH_DEPLOYMENTS + " left join readiness_fact f on f.deployment_id = d.id";
    /**
     * The facts of the batch's new deployments, set-based: what readiness_fact_put does for each row (certificate
     * looked up only for persons with an account, training started for anyone, as there), in one statement. Run
     * while the triggers stand aside, so the counts are the writer's too ({@link #COUNT_NEW_FACTS}).
     */
    private static final String INSERT_NEW_FACTS = FACT_COLUMNS.replace(" select d.id,", " select distinct d.id,")
            + " where f.deployment_id is null and d.id in (%s)";
    /** The batch's deployments without a fact yet: those the writer puts and counts itself. */
    private static final String WITHOUT_FACT = "select distinct d.id" + BATCH_DEPLOYMENTS
            + " left join readiness_fact f on f.deployment_id = d.id where f.deployment_id is null";
    /** The new facts counted into readiness_count, one grouped upsert instead of one per fact. */
    private static final String COUNT_NEW_FACTS = "insert into readiness_count (mission_code, nation_iso3, gender,"
            + " birth_year, ready, started, people)"
            + " select f.mission_code, f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.ready, f.started, count(*)"
            + " from readiness_fact f where f.deployment_id in (%s)"
            + " group by f.mission_code, f.nation_iso3, f.gender, coalesce(f.birth_year, 0), f.ready, f.started"
            + " on duplicate key update people = people + values(people)";
    /**
     * The facts of the batch's changed deployments, as the update trigger would put them (only where the fact no
     * longer matches). Run with the triggers back, so the fact's own triggers move the counts.
     */
    private static final String UPSERT_CHANGED_FACTS = FACT_COLUMNS
            + " where f.deployment_id is null or not (f.person_id <=> d.person_id and f.mission_code <=> d.mission_code"
            + " and f.role <=> d.role and f.start_date <=> d.start_date)"
            + " order by b.seq"
            + " on duplicate key update person_id = values(person_id), nation_iso3 = values(nation_iso3),"
            + " mission_code = values(mission_code), role = values(role), start_date = values(start_date),"
            + " national_id = values(national_id), family_name = values(family_name), given_name = values(given_name),"
            + " email = values(email), gender = values(gender), birth_year = values(birth_year),"
            + " cert_expires_on = values(cert_expires_on), started = values(started)";
    /** While set, the deployment and fact-count triggers leave the read model to this writer (changeset 0022). */
    private static final String READ_MODEL_BY_WRITER = "set @cthb_readiness_by_writer = 1";
    private static final String READ_MODEL_BY_TRIGGERS = "set @cthb_readiness_by_writer = null";
    /**
     * Only an unlinked learner account of the importing nation is ever linked: the check refuses a row whose e-mail
     * belongs to any other account, and this statement holds to the same rule should an account change between
     * the check and the import.
     */
    private static final String LINK_ACCOUNTS = "update account a join person p on p.email = a.email"
            + " and p.nation_iso3 = ? set a.person_id = p.id"
            + " where a.person_id is null and a.role = 'LEARNER' and a.nation_iso3 = ?";
    private static final String ACCOUNTS = "select a.id, lower(a.email), a.role, a.nation_iso3, p.id, p.nation_iso3,"
            + " p.national_id from account a left join person p on p.id = a.person_id where a.email in (%s)";

    /** An account whose e-mail a roster row carries, with the person it is linked to, if any. */
    public record AccountMatch(long id, String email, String role, String nation, Long personId, String personNation,
                               String personNationalId) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    /** Times a batch is written when it loses to a concurrent transaction, which rolls it back whole. */
    static final int ATTEMPTS = 3;

    /**
     * Writes one batch in one transaction: either the whole batch lands or none of it. A batch that loses to a
     * concurrent transaction (learners of the nation starting or finishing training touch the same readiness
     * counts) is written again, up to {@link #ATTEMPTS} times.
     */
    public void write(String nation, List<RosterRow> rows) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(nation, rows);
                return;
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !TransactionConflict.isConflict(e)) {
                    throw e;
                }
                LOG.warnf("Roster batch of %s lost to a concurrent transaction (%s); writing it again", nation,
                        e.getMessage());
            }
        }
    }

    /**
     * What the batch's persons and deployments hold now, read in the batch's transaction: a row that would change
     * nothing is not written at all, so importing the same file again costs a read per batch, not an update per
     * row (an upsert of an unchanged row still takes its locks, fires its triggers and burns an id).
     */
    private static final String CURRENT = "select p.national_id, p.given_name, p.family_name, p.category,"
            + " p.rank_grade, p.gender, p.birth_year, p.email, d.mission_code, d.role, d.start_date"
            + " from person p left join deployment d on d.person_id = p.id"
            + " where p.nation_iso3 = ? and p.national_id in (%s)";

    private void writeOnce(String nation, List<RosterRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement session = c.createStatement()) {
                Current current = current(c, nation, rows);
                List<RosterRow> persons = new java.util.ArrayList<>();
                List<RosterRow> newDeployments = new java.util.ArrayList<>();
                List<RosterRow> changedDeployments = new java.util.ArrayList<>();
                for (RosterRow row : rows) {
                    if (!current.samePerson(row)) {
                        persons.add(row);
                    }
                    if (current.newDeployment(row)) {
                        newDeployments.add(row);
                    } else if (!current.sameDeployment(row)) {
                        changedDeployments.add(row);
                    }
                }
                if (!persons.isEmpty()) {
                    upsertPersons(c, nation, persons);
                }
                if (!newDeployments.isEmpty() || !changedDeployments.isEmpty()) {
                    List<RosterRow> written = rowsOf(newDeployments, changedDeployments);
                    String batch = deploymentsAsJson(written);
                    session.execute(READ_MODEL_BY_WRITER);
                    try {
                        run(c, UPSERT_DEPLOYMENTS, batch, nation);
                        putNewFacts(c, batch, nation);
                    } finally {
                        handBackToTriggers(c, session);
                    }
                    if (!changedDeployments.isEmpty()) {
                        run(c, UPSERT_CHANGED_FACTS, deploymentsAsJson(changedDeployments), nation);
                    }
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Puts and counts the facts of the batch's deployments that have none: exactly those, by id, so that the counts
     * match the facts even if the file names one person twice (national ids that differ only in case) or another
     * writer touched a deployment meanwhile (then the batch is written again from a fresh read).
     */
    private static void putNewFacts(Connection c, String batch, String nation) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(WITHOUT_FACT)) {
            q.setString(1, batch);
            q.setString(2, nation);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        int facts;
        try (PreparedStatement insert = c.prepareStatement(INSERT_NEW_FACTS.formatted(marks))) {
            insert.setString(1, batch);
            insert.setString(2, nation);
            for (int i = 0; i < ids.size(); i++) {
                insert.setLong(3 + i, ids.get(i));
            }
            facts = insert.executeUpdate();
        }
        if (facts != ids.size()) {
            throw new SQLException("Deployments of the batch changed while it was written (" + facts
                    + " facts put for " + ids.size() + " deployments without one)", "40001");
        }
        try (PreparedStatement count = c.prepareStatement(COUNT_NEW_FACTS.formatted(marks))) {
            for (int i = 0; i < ids.size(); i++) {
                count.setLong(1 + i, ids.get(i));
            }
            count.executeUpdate();
        }
    }

    /** Runs one of the batch statements (the batch as JSON, then the nation) and returns the rows it changed. */
    private static int run(Connection c, String sql, String batch, String nation) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, batch);
            s.setString(2, nation);
            return s.executeUpdate();
        }
    }

    private static List<RosterRow> rowsOf(List<RosterRow> first, List<RosterRow> second) {
        List<RosterRow> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void upsertPersons(Connection c, String nation, List<RosterRow> rows) throws SQLException {
        String values = String.join(",", Collections.nCopies(rows.size(), PERSON_VALUES));
        try (PreparedStatement upsert = c.prepareStatement(UPSERT_PERSONS.formatted(values))) {
            int i = 1;
            for (RosterRow row : rows) {
                i = bindPerson(upsert, i, nation, row);
            }
            upsert.executeUpdate();
        }
    }

    /** The stored persons and deployments of a batch, by national id exactly as stored. */
    private static Current current(Connection c, String nation, List<RosterRow> rows) throws SQLException {
        Current current = new Current();
        String marks = String.join(",", Collections.nCopies(rows.size(), "?"));
        try (PreparedStatement q = c.prepareStatement(CURRENT.formatted(marks))) {
            q.setString(1, nation);
            int i = 2;
            for (RosterRow row : rows) {
                q.setString(i++, row.nationalId());
            }
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    int born = rs.getInt(7);
                    current.persons.put(id, java.util.Arrays.asList(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.wasNull() ? null : born,
                            rs.getString(8)));
                    String mission = rs.getString(9);
                    if (mission != null) {
                        current.deployments.put(id + "\n" + mission, java.util.Arrays.asList(rs.getString(10),
                                rs.getObject(11, java.time.LocalDate.class)));
                    }
                }
            }
        }
        return current;
    }

    /**
     * A row is unchanged only when every value is exactly what is stored (the national id too, byte for byte): any
     * doubt, and the row goes through the upsert as before.
     */
    private static final class Current {
        final java.util.Map<String, List<Object>> persons = new java.util.HashMap<>();
        final java.util.Map<String, List<Object>> deployments = new java.util.HashMap<>();

        boolean samePerson(RosterRow row) {
            List<Object> stored = persons.get(row.nationalId());
            return stored != null && stored.equals(java.util.Arrays.asList(row.givenName(), row.familyName(),
                    row.category().label(), row.rank(), row.gender().label(), row.birthYear(), email(row)));
        }

        /** No deployment of this person to this mission yet (the person may be new too). */
        boolean newDeployment(RosterRow row) {
            return !deployments.containsKey(row.nationalId() + "\n" + row.mission());
        }

        boolean sameDeployment(RosterRow row) {
            List<Object> stored = deployments.get(row.nationalId() + "\n" + row.mission());
            return stored != null && stored.equals(java.util.Arrays.asList(row.role().name(), row.startDate()));
        }
    }

    /**
     * Clears the session variable before anything else can use the connection. A pooled connection that kept it
     * would silently skip the read model on every later deployment write, so a connection that cannot be cleared
     * is thrown away rather than returned to the pool.
     */
    private static void handBackToTriggers(Connection c, Statement session) throws SQLException {
        try {
            session.execute(READ_MODEL_BY_TRIGGERS);
        } catch (SQLException e) {
            c.abort(Runnable::run);
            throw e;
        }
    }

    /** Gives learner accounts with the same e-mail their person, so their training counts for the roster. */
    public void linkAccounts(String nation) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement link = c.prepareStatement(LINK_ACCOUNTS)) {
            link.setString(1, nation);
            link.setString(2, nation);
            link.executeUpdate();
        }
    }

    /** The accounts that carry these e-mails (lower case), by e-mail. */
    public java.util.Map<String, AccountMatch> accounts(Collection<String> emails) throws SQLException {
        java.util.Map<String, AccountMatch> found = new java.util.HashMap<>();
        if (emails.isEmpty()) {
            return found;
        }
        String marks = String.join(",", Collections.nCopies(emails.size(), "?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                ACCOUNTS.formatted(marks))) {
            int i = 1;
            for (String email : emails) {
                q.setString(i++, email);
            }
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    long personId = rs.getLong(5);
                    Long person = rs.wasNull() ? null : personId;
                    found.put(rs.getString(2), new AccountMatch(rs.getLong(1), rs.getString(2), rs.getString(3),
                            trimmed(rs.getString(4)), person, trimmed(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return found;
    }

    /**
     * The longest value each roster column may hold, read off the schema of person and deployment, by the roster
     * column's header name.
     */
    public java.util.Map<String, Integer> columnLengths() throws SQLException {
        java.util.Map<String, String> columns = java.util.Map.of("person.national_id", "national_id",
                "person.given_name", "given_name", "person.family_name", "family_name", "person.rank_grade", "rank",
                "person.email", "email", "deployment.mission_code", "mission");
        java.util.Map<String, Integer> lengths = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select table_name, column_name, character_maximum_length from information_schema.columns"
                        + " where table_schema = database() and table_name in ('person', 'deployment')"
                        + " and character_maximum_length is not null");
             var rs = q.executeQuery()) {
            while (rs.next()) {
                String header = columns.get(rs.getString(1).toLowerCase(Locale.ROOT) + "."
                        + rs.getString(2).toLowerCase(Locale.ROOT));
                if (header != null) {
                    lengths.put(header, rs.getInt(3));
                }
            }
        }
        if (lengths.size() != columns.size()) {
            throw new IllegalStateException("The roster columns' lengths could not all be read from the schema: "
                    + lengths);
        }
        return lengths;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    /** Which of these national ids the nation already has. */
    public Set<String> existing(String nation, Collection<String> nationalIds) throws SQLException {
        Set<String> found = new HashSet<>();
        if (nationalIds.isEmpty()) {
            return found;
        }
        String marks = String.join(",", java.util.Collections.nCopies(nationalIds.size(), "?"));
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select national_id from person where nation_iso3 = ? and national_id in (" + marks + ")")) {
            q.setString(1, nation);
            int i = 2;
            for (String id : nationalIds) {
                q.setString(i++, id);
            }
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static int bindPerson(PreparedStatement s, int from, String nation, RosterRow row) throws SQLException {
        int i = from;
        s.setString(i++, nation);
        s.setString(i++, row.nationalId());
        s.setString(i++, row.givenName());
        s.setString(i++, row.familyName());
        s.setString(i++, row.category().label());
        if (row.rank() == null) {
            s.setNull(i++, Types.VARCHAR);
        } else {
            s.setString(i++, row.rank());
        }
        s.setString(i++, row.gender().label());
        s.setInt(i++, row.birthYear());
        s.setString(i++, email(row));
        return i;
    }

    /** The deployments of the batch for the SELECT that joins them to their persons. */
    private String deploymentsAsJson(List<RosterRow> rows) {
        ArrayNode batch = json.createArrayNode();
        for (RosterRow row : rows) {
            batch.addObject().put("id", row.nationalId()).put("mission", row.mission()).put("role", row.role().name())
                    .put("start", row.startDate().toString());
        }
        return batch.toString();
    }

    private static String email(RosterRow row) {
        return row.email().toLowerCase(Locale.ROOT);
    }
}
