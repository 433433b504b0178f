package org.cthb.readiness.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Learning events reach the nation's LRS as xAPI 1.0.3 statements, and an LRS outage loses none of them. */
@QuarkusTest
@TestProfile(XapiDeliveryTest.IcelandHasAnLrs.class)
@Tag("fault")
class XapiDeliveryTest {

    /** Iceland's LRS is the fake one; the sender runs every second. */
    public static class IcelandHasAnLrs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cthb.lrs.ISL.endpoint", FakeLrs.INSTANCE.endpoint(), "cthb.lrs.ISL.username", "lrs",
                    "cthb.lrs.ISL.password", "secret", "cthb.xapi.send-every", "1s");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeLrs lrs = FakeLrs.INSTANCE;

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType("application/json");
    }

    @Test
    void statementsWaitWhileTheLrsIsDownAndAllArriveOnceWhenItIsBack() throws Exception {
        lrs.up.set(false);
        String email = TestAccounts.create(Role.LEARNER, null);
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(email).orElseThrow().nationIso3 = "ISL");
        int version = as(email).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        as(email).body(Map.of()).post("/api/learning/versions/" + version
                + "/modules/why-it-matters/lessons/01-a-grave-abuse/done").then().statusCode(200);
        org.cthb.readiness.quiz.LessonsDone.forModule(email, version, "why-it-matters");
        var attempt = as(email).post("/api/learning/versions/" + version + "/modules/why-it-matters/attempts")
                .then().statusCode(200).extract().jsonPath();
        long id = attempt.getLong("id");
        as(email).body(Map.of("options", List.of(attempt.getString("questions[0].options[0].id"))))
                .put("/api/learning/attempts/" + id + "/answers/"
                + attempt.getString("questions[0].id")).then().statusCode(200);
        as(email).post("/api/learning/attempts/" + id + "/submit").then().statusCode(200);

        List<String> ids = QuarkusTransaction.requiringNew().call(() -> XapiOutboxEntry.<XapiOutboxEntry>list(
                "createdAt >= ?1 and nation = 'ISL'", Instant.now().minusSeconds(120)).stream()
                .map(e -> e.statementId).toList());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(5);
        await(() -> lrs.refused.get() > 0, "the sender to meet the LRS down");
        assertThat(lrs.statements.keySet()).doesNotContainAnyElementsOf(ids);

        lrs.up.set(true);
        await(() -> lrs.statements.keySet().containsAll(ids), "every statement to arrive");
        ids.forEach(s -> assertThat(lrs.deliveries.get(s).get()).as("deliveries of %s", s).isEqualTo(1));
        ids.forEach(s -> assertThat(lrs.versions.get(s)).isEqualTo("1.0.3"));
        for (String s : ids) {
            checkXapi103(JSON.readTree(lrs.statements.get(s)), s, email);
        }
        List<String> verbs = ids.stream().map(s -> verbOf(lrs.statements.get(s))).toList();
        assertThat(verbs).contains("launched", "experienced", "attempted", "answered", "failed");
    }

    /** The rules of xAPI 1.0.3 that these statements must keep. */
    private static void checkXapi103(JsonNode statement, String id, String email) {
        assertThat(UUID.fromString(statement.path("id").asText()).toString()).isEqualTo(id);
        JsonNode actor = statement.path("actor");
        assertThat(actor.path("objectType").asText()).isEqualTo("Agent");
        assertThat(actor.has("mbox") || actor.has("mbox_sha1sum") || actor.has("openid")).isFalse();
        assertThat(actor.path("account").path("homePage").asText()).startsWith("http");
        assertThat(actor.path("account").path("name").asText()).isNotBlank();
        assertThat(statement.path("verb").path("id").asText()).startsWith("http://adlnet.gov/expapi/verbs/");
        assertThat(statement.path("verb").path("display").path("en-US").asText()).isNotBlank();
        assertThat(statement.path("object").path("objectType").asText()).isEqualTo("Activity");
        assertThat(statement.path("object").path("id").asText()).startsWith("http");
        assertThat(Instant.parse(statement.path("timestamp").asText())).isBefore(Instant.now().plusSeconds(1));
        JsonNode scaled = statement.path("result").path("score").path("scaled");
        if (!scaled.isMissingNode()) {
            assertThat(scaled.asDouble()).isBetween(-1.0, 1.0);
        }
        assertThat(statement.toString()).doesNotContain(email);
    }

    private static String verbOf(String statement) {
        try {
            String id = JSON.readTree(statement).path("verb").path("id").asText();
            return id.substring(id.lastIndexOf('/') + 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }
}
