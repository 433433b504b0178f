package org.cthb.readiness.quiz;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Two starts of the same quiz at the same moment (a double click, two tabs) end on one attempt, never a 500. */
@QuarkusTest
class ConcurrentQuizStartTest {

    private static final int ROUNDS = 12;

    @Test
    void twoSimultaneousStartsGiveTheSameAttemptOrA409() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String me = TestAccounts.create(Role.LEARNER, null);
                int version = given().auth().preemptive().basic(me, TestAccounts.PASSWORD)
                        .get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
                LessonsDone.forModule(me, version, "your-conduct");
                String start = "/api/learning/versions/" + version + "/modules/your-conduct/attempts";
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> both = List.of(pool.submit(() -> startAt(together, me, start)),
                        pool.submit(() -> startAt(together, me, start)));
                Response a = both.get(0).get();
                Response b = both.get(1).get();
                assertThat(List.of(a.statusCode(), b.statusCode())).as("round %d: %s / %s", round, a.asString(),
                        b.asString()).allMatch(s -> s == 200 || s == 409).contains(200);
                if (a.statusCode() == 200 && b.statusCode() == 200) {
                    assertThat(a.jsonPath().getLong("id")).as("round %d", round).isEqualTo(b.jsonPath().getLong("id"));
                }
                given().auth().preemptive().basic(me, TestAccounts.PASSWORD).get("/api/learning/dashboard").then()
                        .statusCode(200).extract().path("modules.find { it.moduleId == 'your-conduct' }.attempts");
                int attempts = given().auth().preemptive().basic(me, TestAccounts.PASSWORD)
                        .get("/api/learning/dashboard").then().extract()
                        .path("modules.find { it.moduleId == 'your-conduct' }.attempts");
                assertThat(attempts).as("round %d: one attempt drawn", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Response startAt(CyclicBarrier together, String email, String path) throws Exception {
        var request = given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
        together.await();
        return request.post(path);
    }
}
