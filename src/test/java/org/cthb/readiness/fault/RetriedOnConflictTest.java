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

/**
 * An idempotent write that loses once to a request of the same person at the same moment (on Galera: both
 * instances writing one row, a certification conflict, 1213; or the other one's row arriving first, a duplicate
 * key, 1062) is run again by the service itself, and the person gets the result, not an error. Before, the
 * duplicate key answered 500 and the conflict 503. The database plays the loser with a trigger that fails only the
 * first try: its "already failed" mark is kept in a MEMORY table, which the rollback does not undo.
 */
@QuarkusTest
@TestProfile(FaultProfile.class)
@Tag("fault")
class RetriedOnConflictTest {

    private String trigger;
    private String marks;

    @AfterEach
    void dropTrigger() {
        if (trigger != null) {
            Rows.execute("drop trigger if exists " + trigger);
        }
        if (marks != null) {
            Rows.execute("drop table if exists " + marks);
        }
    }

    @Test
    void aDuplicateKeyFromARequestAtTheSameMomentGivesTheResultNot500() {
        assertLessonDoneDespiteOneFailure("set message_text = 'Duplicate entry for key PRIMARY', mysql_errno = 1062",
                "23000");
    }

    @Test
    void aCertificationConflictIsRunAgainByTheServiceInsteadOfAskingTheClient() {
        assertLessonDoneDespiteOneFailure("set message_text = 'Deadlock found when trying to get lock',"
                + " mysql_errno = 1213", "40001");
    }

    private void assertLessonDoneDespiteOneFailure(String signal, String sqlState) {
        String learner = Learners.learner(null);
        long account = Rows.count("select id from account where email = ?", learner);
        int version = Learners.as(learner).get(Learners.LEARNING + "/dashboard").then().statusCode(200)
                .extract().path("version");
        String done = Learners.LEARNING + "/versions/" + version + "/modules/why-it-matters/lessons/01-a-grave-abuse/done";
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        marks = "failed_once_" + suffix;
        trigger = "fail_once_" + suffix;
        Rows.execute("create table " + marks + " (account_id bigint primary key) engine = memory");
        Rows.execute("create trigger " + trigger + " before insert on lesson_progress for each row begin"
                + " if new.account_id = " + account + " and not exists (select 1 from " + marks
                + " where account_id = new.account_id) then"
                + " insert into " + marks + " values (new.account_id);"
                + " signal sqlstate '" + sqlState + "' " + signal + "; end if; end");

        Learners.as(learner).body(Map.of()).post(done).then().statusCode(200);

        assertThat(Rows.count("select count(*) from " + marks)).as("the first try failed").isEqualTo(1);
        assertThat(Rows.count("select count(*) from lesson_progress where account_id = ?", account)).isEqualTo(1);
    }
}
