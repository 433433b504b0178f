package org.cthb.readiness.account;

import org.cthb.readiness.Sessions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.account.Throttles.freshAddress;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Behind a configured load balancer, its forwarding headers name the client. */
@QuarkusTest
class TrustedProxyTest {

    @Test
    void forwardedForFromATrustedProxyNamesTheClientInAuditAndThrottle() {
        String admin = TestAccounts.admin();
        String client = freshAddress();
        String created = "proxied-" + System.nanoTime() + "@test.example";
        Throttles.from(client).auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json")
                .body("{\"email\":\"" + created + "\",\"password\":\"" + TestAccounts.PASSWORD
                        + "\",\"role\":\"LEARNER\"}")
                .post("/api/accounts").then().statusCode(201);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/audit?action=ACCOUNT_CREATED")
                .then().statusCode(200).body("find { it.detail.contains('" + created + "') }.from", equalTo(client));

        Throttles.basic(client, TestAccounts.create(Role.LEARNER, null), "wrong-password").then().statusCode(401);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/login-throttles").then()
                .statusCode(200).body("findAll { it.scope == 'ADDRESS' }.subject", hasItem(client));
    }

    @Test
    void sessionCookieIsSecureBehindTls() {
        String email = TestAccounts.admin();
        Sessions.SignInForm form = Sessions.signInForm();
        Response response = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .cookies(form.cookies()).formParam("email", email).formParam("password", TestAccounts.PASSWORD)
                .post(form.action());
        assertThat(response.header("Set-Cookie")).contains("Secure");
    }
}
