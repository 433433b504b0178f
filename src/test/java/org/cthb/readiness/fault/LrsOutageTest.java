package org.cthb.readiness.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An LRS that is not running at all (its port refuses connections) and comes up later receives every statement
 * made meanwhile, exactly once. The LRS that answers 503 for a while is covered by
 * {@code xapi.XapiDeliveryTest}, which also checks the statements against xAPI 1.0.3.
 */
@QuarkusTest
@TestProfile(FaultProfile.class)
@Tag("fault")
class LrsOutageTest {

    @AfterEach
    void lrsStops() {
        LateLrs.INSTANCE.stop();
    }

    @Test
    void statementsMadeWhileTheLrsIsDownAllArriveOnceWhenItComesUp() throws Exception {
        long mark = Rows.count("select coalesce(max(id), 0) from xapi_outbox");
        Quizzes learner = Quizzes.learner(FaultProfile.LRS_NATION);
        Quizzes.Attempt attempt = learner.start(learner.modules.get(0));
        attempt.questions().forEach(attempt::answerRight);
        learner.as().post(attempt.path() + "/submit").then().statusCode(200);
        List<String> ids = statementIds(mark);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(attempt.questions().size() + 2);

        // A down LRS is probed with one statement at a time and the nation backs off (its state in the database),
        // instead of every statement being tried at every tick.
        await(() -> Rows.count("select count(*) from xapi_lrs_state where nation_iso3 = ? and failures >= 2"
                + " and last_error like 'LRS unreachable%'", FaultProfile.LRS_NATION) == 1,
                "the sender to meet the LRS down twice");
        assertThat(Rows.count("select count(*) from xapi_outbox where id > ? and nation_iso3 = ? and sent_at is null",
                mark, FaultProfile.LRS_NATION)).isEqualTo(ids.size());
        assertThat(LateLrs.INSTANCE.deliveries).doesNotContainKeys(ids.toArray(String[]::new));

        LateLrs.INSTANCE.start();
        await(() -> LateLrs.INSTANCE.deliveries.keySet().containsAll(ids), "every statement to arrive");
        await(() -> Rows.count("select count(*) from xapi_outbox where id > ? and nation_iso3 = ? and sent_at is null",
                mark, FaultProfile.LRS_NATION) == 0, "the outbox to record every delivery");
        ids.forEach(id -> assertThat(LateLrs.INSTANCE.deliveries.get(id).get()).as("deliveries of %s", id)
                .isEqualTo(1));
    }

    private static List<String> statementIds(long mark) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(org.cthb.readiness.database.EmbeddedMariaDbResource.url(),
                "root", ""); var q = c.prepareStatement(
                "select statement_id from xapi_outbox where id > ? and nation_iso3 = ? order by id")) {
            q.setLong(1, mark);
            q.setString(2, FaultProfile.LRS_NATION);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
