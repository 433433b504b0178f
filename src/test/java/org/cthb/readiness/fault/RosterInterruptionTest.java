package org.cthb.readiness.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.database.EmbeddedMariaDbResource;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A roster import cut short leaves whole batches of 1,000 rows (or nothing), its run says FAILED and why, and
 * importing the same file again completes it with every person exactly once.
 */
@QuarkusTest
@TestProfile(FaultProfile.class)
@Tag("fault")
class RosterInterruptionTest {

    private static final int BATCH = 1000;
    private static final String HEADER =
            "national_id;given_name;family_name;category;rank;gender;birth_year;email;mission;role;start_date\n";
    private String trigger;

    @AfterEach
    void cleanUp() {
        EmbeddedMariaDbResource.restart();
        if (trigger != null) {
            Rows.execute("drop trigger if exists " + trigger);
        }
    }

    @Test
    void aBatchThatFailsLeavesTheBatchesBeforeItAndARerunCompletesTheImport() {
        String prefix = prefix();
        // The database refuses the first row of the third batch, as a full disk or a lost lock would.
        trigger = "fault_" + prefix.toLowerCase();
        Rows.execute("create trigger " + trigger + " before insert on person for each row begin"
                + " if new.national_id = '" + prefix + (2 * BATCH) + "' then"
                + " signal sqlstate '45000' set message_text = 'simulated write failure'; end if; end");
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        String csv = roster(prefix, 3500);

        JsonPath failed = awaitRun(officer, startAsync(officer, csv), RosterInterruptionTest::ended);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("message")).contains("simulated write failure");
        assertThat(failed.getInt("batchesCommitted")).isEqualTo(2);
        assertThat(persons(prefix)).isEqualTo(2 * BATCH).isEqualTo(failed.getLong("rowsWritten"));
        assertThat(deployments(prefix)).isEqualTo(2 * BATCH);

        Rows.execute("drop trigger " + trigger);
        assertRerunCompletes(officer, csv, prefix, 3500);
    }

    @Test
    void aBatchThatLosesToAConcurrentTransactionIsWrittenAgain() {
        String prefix = prefix();
        // The third batch loses once, as to a deadlock: the database rolls it back and reports SQL state 40001.
        // The flag lives in an Aria table, which the rollback does not undo, so the second try goes through.
        String flag = "fault_flag_" + prefix.toLowerCase();
        Rows.execute("create table " + flag + " (failed int not null) engine=Aria");
        Rows.execute("insert into " + flag + " values (0)");
        trigger = "fault_" + prefix.toLowerCase();
        Rows.execute("create trigger " + trigger + " before insert on person for each row begin"
                + " if new.national_id = '" + prefix + (2 * BATCH) + "' and (select failed from " + flag + ") = 0 then"
                + " update " + flag + " set failed = 1;"
                + " signal sqlstate '40001' set message_text = 'simulated deadlock'; end if; end");
        try {
            String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
            JsonPath done = awaitRun(officer, startAsync(officer, roster(prefix, 3500)), RosterInterruptionTest::ended);
            assertThat(done.getString("status")).as(done.prettify()).isEqualTo("DONE");
            assertThat(Rows.count("select failed from " + flag)).as("the batch did lose once").isEqualTo(1);
            assertThat(persons(prefix)).isEqualTo(3500);
            assertThat(deployments(prefix)).isEqualTo(3500);
        } finally {
            Rows.execute("drop table " + flag);
        }
    }

    @Test
    void aDatabaseKilledMidImportLeavesWholeBatchesAndARerunCompletesTheImport() throws SQLException {
        String prefix = prefix();
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        int rows = 3000;
        String csv = roster(prefix, rows);

        // Another session holds a row of the second batch: the import writes its first batch, then waits there,
        // so that the kill lands in the middle of the import on any machine.
        try (Connection holder = DriverManager.getConnection(EmbeddedMariaDbResource.url(), "root", "")) {
            holder.setAutoCommit(false);
            holder.createStatement().executeUpdate("insert into person (nation_iso3, national_id, given_name,"
                    + " family_name, category, gender, pseudonym) values ('FRA', '" + prefix + (BATCH + 500)
                    + "', 'Held', 'Back', 'military', 'female', uuid())");
            String location = startAsync(officer, csv);
            awaitRun(officer, location, run -> run.getInt("batchesCommitted") >= 1);
            EmbeddedMariaDbResource.kill();
            EmbeddedMariaDbResource.restart();

            JsonPath ended = awaitRun(officer, location, RosterInterruptionTest::ended);
            assertThat(ended.getString("status")).isEqualTo("FAILED");
            assertThat(ended.getString("message")).isNotBlank();
            assertThat(ended.getLong("rowsWritten")).isEqualTo(BATCH);
        }
        assertThat(persons(prefix)).as("rows kept: the whole first batch, nothing of the second").isEqualTo(BATCH);
        assertThat(deployments(prefix)).isEqualTo(BATCH);
        assertRerunCompletes(officer, csv, prefix, rows);
    }

    private void assertRerunCompletes(String officer, String csv, String prefix, int rows) {
        JsonPath done = awaitRun(officer, startAsync(officer, csv), RosterInterruptionTest::ended);
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("DONE");
        assertThat(done.getLong("rowsWritten")).isEqualTo(rows);
        assertThat(persons(prefix)).isEqualTo(rows);
        assertThat(Rows.count("select count(distinct national_id) from person where nation_iso3 = 'FRA'"
                + " and national_id like ?", prefix + "%")).isEqualTo(rows);
        assertThat(deployments(prefix)).isEqualTo(rows);
    }

    private static String startAsync(String officer, String csv) {
        return as(officer).contentType("text/csv").body(csv).post("/api/nations/FRA/roster?dryRun=false&async=true")
                .then().statusCode(202).extract().header("Location");
    }

    /** Polls the import's progress resource; the database may be restarting, so 503 answers are waited out. */
    private static JsonPath awaitRun(String officer, String location, Predicate<JsonPath> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            var response = as(officer).get(location);
            if (response.statusCode() == 200 && until.test(response.jsonPath())) {
                return response.jsonPath();
            }
            pause();
        }
        throw new AssertionError("The import at " + location + " did not get there in time");
    }

    private static boolean ended(JsonPath run) {
        return !"RUNNING".equals(run.getString("status"));
    }

    private static long persons(String prefix) {
        return Rows.count("select count(*) from person where nation_iso3 = 'FRA' and national_id like ?", prefix + "%");
    }

    private static long deployments(String prefix) {
        return Rows.count("select count(*) from deployment d join person p on p.id = d.person_id"
                + " where p.nation_iso3 = 'FRA' and p.national_id like ?", prefix + "%");
    }

    private static String roster(String prefix, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append(prefix).append(i).append(";Alex;Martin;military;Sgt;female;1990;").append(prefix.toLowerCase())
                    .append(i).append("@mil.example;KFOR;ALL_PERSONNEL;2027-03-01\n");
        }
        return csv.toString();
    }

    private static String prefix() {
        return "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "X";
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
