package org.cthb.readiness.fault;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.cthb.readiness.certificate.Learners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A request whose transaction loses to a concurrent one (a deadlock; on Galera a certification conflict) was rolled
 * back whole by the database: it answers 503 with Retry-After, in words that say nothing was saved, and repeating it
 * works. Before, such a request answered 500.
 */
@QuarkusTest
@TestProfile(FaultProfile.class)
@Tag("fault")
class ConcurrentTransactionTest {

    private String trigger;

    @AfterEach
    void dropTrigger() {
        if (trigger != null) {
            Rows.execute("drop trigger if exists " + trigger);
        }
    }

    @Test
    void aRequestThatLosesToAConcurrentTransactionAsksToBeRepeatedAndChangesNothing() {
        String learner = Learners.learner(null);
        long account = Rows.count("select id from account where email = ?", learner);
        int version = Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .extract().path("version");
        String done = Learners.LEARNING + "/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done";
        // The database reports this learner's lesson as the loser of a deadlock, as MariaDB does (SQL state 40001).
        trigger = "conflict_" + UUID.randomUUID().toString().substring(0, 8);
        Rows.execute("create trigger " + trigger + " before insert on lesson_progress for each row begin"
                + " if new.account_id = " + account + " then"
                + " signal sqlstate '40001' set message_text = 'simulated deadlock'; end if; end");

        Learners.as(learner).body(Map.of()).post(done).then().statusCode(503)
                .header("Retry-After", equalTo("1"))
                .contentType("application/problem+json")
                .body("detail", containsString("nothing of it was saved"));
        assertThat(Rows.count("select count(*) from lesson_progress where account_id = ?", account)).isZero();

        Rows.execute("drop trigger " + trigger);
        Learners.as(learner).body(Map.of()).post(done).then().statusCode(200);
        assertThat(Rows.count("select count(*) from lesson_progress where account_id = ?", account)).isEqualTo(1);
    }
}
