package org.cthb.readiness.account;

import org.cthb.readiness.Sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** As shipped, with no proxy configured, nobody can choose the address the service records or throttles. */
@QuarkusTest
@TestProfile(UntrustedPeerProfile.class)
class ForwardedAddressTest {

    private static final String SPOOFED = "203.0.113.66";

    @Test
    void spoofedForwardingHeadersFromAnUntrustedPeerAreIgnored() {
        String admin = TestAccounts.admin();
        String created = "spoofer-" + System.nanoTime() + "@test.example";
        given().header("X-Forwarded-For", SPOOFED).header("Forwarded", "for=" + SPOOFED)
                .auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json")
                .body("{\"email\":\"" + created + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"role\":\"LEARNER\"}")
                .post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/audit?action=ACCOUNT_CREATED")
                .then().statusCode(200).body("find { it.detail.contains('" + created + "') }.from",
                        equalTo("127.0.0.1"));

        String learner = TestAccounts.create(Role.LEARNER, null);
        given().header("X-Forwarded-For", SPOOFED).auth().preemptive().basic(learner, "wrong-password")
                .get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/login-throttles").then()
                .statusCode(200).body("findAll { it.scope == 'ADDRESS' }.subject", hasItem("127.0.0.1"))
                .body("subject", not(hasItem(SPOOFED)));
        // Leave the tests' shared address as the other tests expect it.
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .delete("/api/login-throttles/ADDRESS/127.0.0.1").then().statusCode(204);
    }

    @Test
    void forwardedProtoFromAnUntrustedPeerDoesNotMarkTheCookieSecure() {
        Sessions.SignInForm form = Sessions.signInForm();
        Response response = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .cookies(form.cookies()).formParam("email", TestAccounts.admin())
                .formParam("password", TestAccounts.PASSWORD).post(form.action());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Set-Cookie")).startsWith("cthb-session=").doesNotContain("Secure");
    }
}
