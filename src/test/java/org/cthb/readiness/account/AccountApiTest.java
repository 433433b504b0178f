package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;

@QuarkusTest
class AccountApiTest {

    private RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static String newEmail() {
        return "new-" + UUID.randomUUID() + "@test.example";
    }

    @Test
    void adminCreatesAnOfficerWhoCanThenSignIn() {
        String email = newEmail();
        asAdmin().body(Map.of("email", email, "password", "a-long-password-1", "role", "NATION_OFFICER", "nation", "fra"))
                .post("/api/accounts").then().statusCode(201)
                .body("nation", equalTo("FRA")).body("role", equalTo("NATION_OFFICER")).body("$", not(hasKey("passwordHash")));
        asAdmin().get("/api/accounts").then().statusCode(200).body("email", hasItem(email));
        given().auth().preemptive().basic(email, "a-long-password-1").get("/api/missions").then().statusCode(200);
    }

    @Test
    void officerWithoutNationIsRefusedNamingTheField() {
        asAdmin().body(Map.of("email", newEmail(), "password", "a-long-password-1", "role", "NATION_OFFICER"))
                .post("/api/accounts").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("nation"));
    }

    @Test
    void unknownNationShortPasswordAndBadRoleAreRefused() {
        asAdmin().body(Map.of("email", newEmail(), "password", "a-long-password-1", "role", "NATION_OFFICER", "nation", "XXX"))
                .post("/api/accounts").then().statusCode(400).body("field", equalTo("nation"));
        asAdmin().body(Map.of("email", newEmail(), "password", "short", "role", "LEARNER"))
                .post("/api/accounts").then().statusCode(400).body("field", equalTo("password"));
        asAdmin().body(Map.of("email", newEmail(), "password", "a-long-password-1", "role", "KING"))
                .post("/api/accounts").then().statusCode(400).body("field", equalTo("role"));
        asAdmin().body(Map.of("email", "not-an-email", "password", "a-long-password-1", "role", "LEARNER"))
                .post("/api/accounts").then().statusCode(400).body("field", equalTo("email"));
    }

    @Test
    void duplicateEmailIsAConflict() {
        String email = newEmail();
        Map<String, String> body = Map.of("email", email, "password", "a-long-password-1", "role", "AUTHOR");
        asAdmin().body(body).post("/api/accounts").then().statusCode(201);
        asAdmin().body(Map.of("email", email.toUpperCase(), "password", "a-long-password-1", "role", "AUTHOR"))
                .post("/api/accounts").then().statusCode(409).body("field", equalTo("email"));
    }

    @Test
    void adminPageCreatesAnAccountWithCsrfToken() {
        String admin = TestAccounts.admin();
        var page = given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/admin/accounts");
        page.then().statusCode(200);
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String email = newEmail();
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).redirects().follow(false)
                .cookies(page.cookies())
                .formParam("csrf-token", token).formParam("email", email).formParam("password", "a-long-password-1")
                .formParam("role", "AUTHOR").formParam("nation", "")
                .post("/admin/accounts").then().statusCode(303);
        // Signed in by the session cookie, a form without the token is refused (Basic credentials need none).
        org.cthb.readiness.Sessions.as(org.cthb.readiness.Sessions.signIn(admin))
                .formParam("email", newEmail()).formParam("password", "a-long-password-1").formParam("role", "AUTHOR")
                .post("/admin/accounts").then().statusCode(403);
    }

    /**
     * Accounts created at the same moment (a nation setting up its officers, the bench building its data) each get
     * their answer: 201, or 409 for the same e-mail twice; never a 5xx because two inserts met in the database.
     * Signed in by cookie, so that only the new passwords take turns on the bounded hashing pool.
     */
    @Test
    void accountsCreatedAtTheSameMomentAreAllSavedOrAConflict() throws Exception {
        Map<String, String> admin = new java.util.HashMap<>(org.cthb.readiness.Sessions.signIn(TestAccounts.admin()));
        io.restassured.response.Response csrf = org.cthb.readiness.Sessions.as(admin).get("/api/csrf");
        admin.putAll(csrf.cookies());
        String header = csrf.path("header");
        String token = csrf.path("token");
        String twice = newEmail();
        java.util.List<String> emails = java.util.List.of(newEmail(), newEmail(), newEmail(), twice, twice);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(emails.size());
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (String email : emails) {
                answers.add(pool.submit(() -> {
                    RequestSpecification request = org.cthb.readiness.Sessions.as(admin).header(header, token)
                            .contentType(ContentType.JSON)
                            .body(Map.of("email", email, "password", "a-long-password-1", "role", "LEARNER"));
                    start.await();
                    return request.post("/api/accounts").statusCode();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            org.assertj.core.api.Assertions.assertThat(statuses.subList(0, 3)).containsOnly(201);
            org.assertj.core.api.Assertions.assertThat(statuses.subList(3, 5)).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        asAdmin().get("/api/accounts").then().statusCode(200).body("email", hasItem(twice));
    }
}
