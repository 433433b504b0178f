package org.cthb.readiness.xapi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The outbox against LRSs that misbehave: one that hangs holds up neither learners nor another nation's LRS; one
 * that refuses a statement turns it into a dead letter an administrator sees, resends or discards.
 */
@QuarkusTest
@TestProfile(ScriptedLrsProfile.class)
class XapiOutboxTest {

    private static final ScriptedLrs LRS = ScriptedLrs.INSTANCE;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aHungLrsHoldsUpNeitherLearnersNorAnotherNation() throws Exception {
        LRS.set("EST", ScriptedLrs.Mode.ACCEPT);
        LRS.set("LVA", ScriptedLrs.Mode.ACCEPT);
        Learner estonian = Learner.start("EST");
        Learner latvian = Learner.start("LVA");

        // The usual latency of an answer save on this machine, with the LRS answering.
        List<Long> usual = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            usual.add(estonian.saveAnswer(i % 3));
        }

        LRS.set("EST", ScriptedLrs.Mode.HANG);
        estonian.saveAnswer(0);
        await(() -> LRS.hangingNow("EST") > 0, "the sender to call the hung LRS");

        // While the LRS holds the sender's call: no transaction stays open, no save waits on a lock, all are kept.
        long lockWaitsBefore = rowLockWaits();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < 12 && LRS.hangingNow("EST") > 0; i++) {
            latencies.add(estonian.saveAnswer(i % 3));
            assertThat(longestOpenTransactionSeconds()).as("a transaction held open while the LRS hangs")
                    .isLessThan(2);
        }
        assertThat(rowLockWaits()).as("row lock waits while the LRS hangs").isEqualTo(lockWaitsBefore);
        // Latency compared with the usual one, not with a fixed number: the machine may be busy.
        assertThat(median(latencies)).as("median answer save while the LRS hangs, ms (usual %s)", usual)
                .isLessThanOrEqualTo(2 * median(usual) + 1000);

        // Latvia's LRS keeps receiving meanwhile.
        int latviaBefore = LRS.of("LVA").size();
        latvian.saveAnswer(0);
        await(() -> LRS.of("LVA").size() > latviaBefore, "Latvia's LRS to receive while Estonia's hangs");

        // The sender gave up on Estonia at its read timeout and backs the nation off, in the database.
        await(() -> state("EST").failures() > 0, "Estonia's LRS to be backed off");
        assertThat(state("LVA").failures()).isZero();

        // Nothing is lost: once the LRS answers again, every statement arrives exactly once.
        List<String> estonia = statementIds("EST", estonian.accountId);
        assertThat(estonia.size()).isGreaterThanOrEqualTo(latencies.size() + 3);
        LRS.set("EST", ScriptedLrs.Mode.ACCEPT);
        await(() -> LRS.of("EST").keySet().containsAll(estonia), "every Estonian statement to arrive");
        estonia.forEach(id -> assertThat(LRS.deliveries.get(id).get()).as("deliveries of %s", id).isEqualTo(1));
        await(() -> state("EST").failures() == 0, "Estonia's back-off to end after a success");
    }

    @Test
    void aRefusedStatementBecomesADeadLetterToResendOrDiscard() throws Exception {
        String admin = TestAccounts.admin();
        LRS.set("LTU", ScriptedLrs.Mode.REFUSE);
        Learner lithuanian = Learner.start("LTU");
        List<String> ids = statementIds("LTU", lithuanian.accountId);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);

        await(() -> deadLetters(admin).getList("statementId").containsAll(ids), "the refused statements to die");
        JsonPath dead = deadLetters(admin);
        int first = dead.getList("statementId").indexOf(ids.get(0));
        assertThat(dead.getInt("[" + first + "].lastStatus")).isEqualTo(400);
        assertThat(dead.getString("[" + first + "].lastResponse")).contains("context.platform is not allowed");
        assertThat(dead.getInt("[" + first + "].rejections")).isEqualTo(3);
        assertThat(dead.getString("[" + first + "].nation")).isEqualTo("LTU");
        int callsWhenDead = LRS.calls("LTU");
        assertThat(state("LTU").failures()).as("a refusal of one statement is no fault of the LRS").isZero();

        // The metrics show it, per nation, once their snapshot is next refreshed (it is taken on a schedule).
        String line = "cthb_xapi_outbox_dead{nation=\"LTU\"} " + ids.size() + ".0";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> as(admin).get("/q/metrics").then().statusCode(200).extract().asString().contains(line));
        String metrics = as(admin).get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("cthb_xapi_outbox_dead{nation=\"LTU\"} " + ids.size() + ".0")
                .contains("cthb_xapi_outbox_depth{nation=\"LTU\"}")
                .contains("cthb_xapi_outbox_oldest_age_seconds{nation=\"LTU\"}");
        // Not retried for ever.
        Thread.sleep(3000);
        assertThat(LRS.calls("LTU")).isEqualTo(callsWhenDead);

        // Only administrators see them; a wrong nation is named.
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "LTU"), TestAccounts.PASSWORD)
                .get("/api/xapi/dead-letters").then().statusCode(403);
        as(admin).get("/api/xapi/dead-letters?nation=Lithuania").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("field", equalTo("nation"));
        as(admin).get("/api/xapi/outbox").then().statusCode(200)
                .body("find { it.nation == 'LTU' }.dead", org.hamcrest.Matchers.greaterThanOrEqualTo(ids.size()));

        // Resend through the API, once the LRS takes it.
        LRS.set("LTU", ScriptedLrs.Mode.ACCEPT);
        long resent = idOf(dead, ids.get(0));
        as(admin).post("/api/xapi/dead-letters/" + resent + "/resend").then().statusCode(204);
        await(() -> LRS.of("LTU").containsKey(ids.get(0)), "the resent statement to arrive");
        as(admin).post("/api/xapi/dead-letters/" + resent + "/resend").then().statusCode(404)
                .contentType(containsString("application/problem+json"));

        // Discard on the page, with the form's CSRF token.
        long discarded = idOf(dead, ids.get(1));
        Map<String, String> cookies = Sessions.signIn(admin);
        String html = Sessions.as(cookies).get("/admin/xapi?nation=LTU").then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.text()).contains(ids.get(1)).contains("context.platform is not allowed");
        var form = page.selectFirst("form[action=/admin/xapi/dead-letters/" + discarded + "/discard]");
        assertThat(form).isNotNull();
        Map<String, String> fields = new HashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        Sessions.as(cookies).formParams(fields).post("/admin/xapi/dead-letters/" + discarded + "/discard")
                .then().statusCode(303);
        assertThat(deadLetters(admin).getList("statementId")).doesNotContain(ids.get(1), ids.get(0));
        Thread.sleep(1500);
        assertThat(LRS.of("LTU")).doesNotContainKey(ids.get(1));

        as(admin).get("/api/audit?action=XAPI_DEAD_LETTER_RESENT&actor=" + admin).then().statusCode(200)
                .body("subjectId", hasItem(ids.get(0)));
        as(admin).get("/api/audit?action=XAPI_DEAD_LETTER_DISCARDED&actor=" + admin).then().statusCode(200)
                .body("subjectId", hasItem(ids.get(1)));
    }

    /** A learner of a nation, enrolled, with a quiz attempt open. */
    record Learner(String email, long accountId, long attempt, JsonPath questions) {

        static Learner start(String nation) {
            String email = TestAccounts.create(Role.LEARNER, null);
            long id = QuarkusTransaction.requiringNew().call(() -> {
                Account account = Account.byEmail(email).orElseThrow();
                account.nationIso3 = nation;
                return account.id;
            });
            int version = as(email).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
            // The quiz opens once the module's lessons are done.
            org.cthb.readiness.quiz.LessonsDone.forModule(email, version, "why-it-matters");
            JsonPath attempt = as(email).contentType("application/json")
                    .post("/api/learning/versions/" + version + "/modules/why-it-matters/attempts")
                    .then().statusCode(200).extract().jsonPath();
            return new Learner(email, id, attempt.getLong("id"), attempt);
        }

        /** Saves an answer to the first question and says how long it took, in ms. */
        long saveAnswer(int option) {
            // The draw may put a true/false question first: it has two options, not four.
            int shown = questions.getList("questions[0].options").size();
            String chosen = questions.getString("questions[0].options[" + (option % shown) + "].id");
            long start = System.nanoTime();
            Response response = as(email).contentType("application/json")
                    .body(Map.of("options", List.of(chosen)))
                    .put("/api/learning/attempts/" + attempt + "/answers/" + questions.getString("questions[0].id"));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
            return ms;
        }
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    private static JsonPath deadLetters(String admin) {
        return as(admin).get("/api/xapi/dead-letters?nation=LTU").then().statusCode(200).extract().jsonPath();
    }

    private static long idOf(JsonPath dead, String statementId) {
        return dead.getLong("[" + dead.getList("statementId").indexOf(statementId) + "].id");
    }

    private static List<String> statementIds(String nation, long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> XapiOutboxEntry.<XapiOutboxEntry>list(
                "nation = ?1 and createdAt >= ?2 order by id", nation, Instant.now().minusSeconds(600)).stream()
                .filter(e -> e.statement.contains(CdiPseudonym.actor(accountId)))
                .map(e -> e.statementId).toList());
    }

    private XapiOutbox.LrsState state(String nation) {
        return jakarta.enterprise.inject.spi.CDI.current().select(XapiOutbox.class).get().state(nation)
                .orElse(new XapiOutbox.LrsState(nation, 0, null, null, null));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** How many times InnoDB made a statement wait for a row lock since the server started. */
    private long rowLockWaits() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "show global status like 'Innodb_row_lock_waits'"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }

    /** The age of the oldest open InnoDB transaction, seconds (0 when none). */
    private long longestOpenTransactionSeconds() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "select coalesce(max(timestampdiff(second, trx_started, now())), 0)"
                        + " from information_schema.innodb_trx");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    /** The actor of an account, to find its statements. */
    static final class CdiPseudonym {
        static String actor(long accountId) {
            return jakarta.enterprise.inject.spi.CDI.current().select(LearningRecords.class).get().actor(accountId);
        }
    }
}
