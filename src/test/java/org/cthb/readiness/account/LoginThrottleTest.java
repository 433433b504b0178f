package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.account.Throttles.age;
import static org.cthb.readiness.account.Throttles.basic;
import static org.cthb.readiness.account.Throttles.form;
import static org.cthb.readiness.account.Throttles.freshAddress;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LoginThrottleTest {

    /** The default cap of the delay (cthb.login.max-delay). */
    private static final long CAP_SECONDS = 15 * 60;

    @Inject
    PasswordHashing hashing;

    @Test
    void victimSignsInAfterAtMostTheCappedDelayEvenAfterFiftyWrongPasswords() {
        String victim = TestAccounts.create(Role.LEARNER, null);
        String attacker = freshAddress();
        assertThat(Throttles.fail(attacker, victim, 50)).isBetween(1L, CAP_SECONDS);
        String home = freshAddress();
        Response refused = basic(home, victim, TestAccounts.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("try again in");
        long wait = Long.parseLong(refused.header("Retry-After"));
        assertThat(wait).isBetween(CAP_SECONDS - 60, CAP_SECONDS);

        age(wait, victim);
        basic(home, victim, TestAccounts.PASSWORD).then().statusCode(200);
        // The success forgets the account's failures: a typo next is a free failure again, not a long delay.
        basic(home, victim, "typo").then().statusCode(401);
        basic(home, victim, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void attemptsDuringTheDelayAreRefusedWithoutHashingAndTheFormSaysHowLongToWait() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String address = freshAddress();
        // Twelve failures: the next attempt must wait 2^7 = 128 s (free failures 5, base delay 1 s).
        Throttles.fail(address, email, 12);
        long hashed = hashing.completed();
        for (int i = 0; i < 5; i++) {
            Response refused = basic(address, email, i % 2 == 0 ? TestAccounts.PASSWORD : "guess");
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 128L);
        }
        Response formRefused = form(address, email, TestAccounts.PASSWORD);
        assertThat(formRefused.statusCode()).isEqualTo(303);
        assertThat(formRefused.header("Location")).contains("/signin?wait=");
        assertThat(formRefused.cookie("cthb-session")).isNull();
        assertThat(hashing.completed()).as("password checks run during the delay").isEqualTo(hashed);

        Response page = given().get(formRefused.header("Location"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(Jsoup.parse(page.asString()).select("[role=alert]").text()).contains("try again in");
        given().header("Accept-Language", "fr").cookie("cthb-lang", "fr").get(formRefused.header("Location"))
                .then().body(containsString("réessayez dans"));

        age(128, email, address);
        form(address, email, TestAccounts.PASSWORD).then().statusCode(302);
    }

    @Test
    void anotherAddressIsNotSlowedByOneAddressesFailures() {
        String address = freshAddress();
        // 28 failures from one address, 4 per account (each account's are free): the address waits 2^8 s.
        for (int i = 0; i < 7; i++) {
            Throttles.fail(address, TestAccounts.create(Role.LEARNER, null), 4);
        }
        String next = TestAccounts.create(Role.LEARNER, null);
        basic(address, next, TestAccounts.PASSWORD).then().statusCode(429);
        basic(freshAddress(), next, TestAccounts.PASSWORD).then().statusCode(200);
    }

    @Test
    void adminSeesAndClearsThrottles() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String address = freshAddress();
        Throttles.fail(address, email, 12);
        String admin = TestAccounts.admin();
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/login-throttles").then()
                .statusCode(200)
                .body("find { it.scope == 'ACCOUNT' && it.subject == '" + email + "' }.failures",
                        org.hamcrest.Matchers.equalTo(12))
                .body("find { it.scope == 'ACCOUNT' && it.subject == '" + email + "' }.waitSeconds",
                        org.hamcrest.Matchers.greaterThan(0))
                .body("find { it.scope == 'ADDRESS' && it.subject == '" + address + "' }.failures",
                        org.hamcrest.Matchers.equalTo(12));
        given().auth().preemptive().basic(TestAccounts.create(Role.LEARNER, null), TestAccounts.PASSWORD)
                .get("/api/login-throttles").then().statusCode(403);

        Document page = Jsoup.parse(given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .get("/admin/login-throttles").then().statusCode(200).extract().asString());
        assertThat(page.text()).contains(email).contains(address);

        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .delete("/api/login-throttles/ACCOUNT/" + email).then().statusCode(204);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .delete("/api/login-throttles/ACCOUNT/" + email).then().statusCode(404);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .delete("/api/login-throttles/SOMETHING/" + email).then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("scope"));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/login-throttles").then()
                .body("subject", not(hasItem(email)));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .get("/api/audit?action=LOGIN_THROTTLE_CLEARED&actor=" + admin).then().statusCode(200)
                .body("subjectId", hasItem("ACCOUNT " + email));
        basic(freshAddress(), email, TestAccounts.PASSWORD).then().statusCode(200);

        clearOnThePage(admin, address);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/login-throttles").then()
                .body("subject", not(hasItem(address)));
    }

    private static void clearOnThePage(String admin, String address) {
        Response response = given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .get("/admin/login-throttles");
        Document page = Jsoup.parse(response.asString());
        var form = page.select("form[action=/admin/login-throttles/clear]").stream()
                .filter(f -> address.equals(f.select("input[name=subject]").val())).findFirst().orElseThrow();
        Map<String, String> fields = new java.util.HashMap<>();
        form.select("input[name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).cookies(response.cookies())
                .redirects().follow(false).formParams(fields).post("/admin/login-throttles/clear")
                .then().statusCode(303);
    }
}
