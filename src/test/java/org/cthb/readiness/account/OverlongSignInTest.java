package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Found by the site crawler: a 10,000-character e-mail typed into the sign-in form was a 500. */
@QuarkusTest
class OverlongSignInTest {

    @Test
    void anOverlongEmailIsAFailedSignInNotAnError() {
        String typed = "x".repeat(10_000) + "@test.example";
        org.cthb.readiness.Sessions.SignInForm signIn = org.cthb.readiness.Sessions.signInForm();
        Response form = given().redirects().follow(false).header("X-Forwarded-For", "10.99.0.1")
                .cookies(signIn.cookies()).formParam("email", typed).formParam("password", "whatever")
                .post(signIn.action());
        assertThat(form.statusCode()).as(form.asString()).isBetween(302, 303);
        assertThat(form.header("Location")).contains("/signin");
        // By HTTP Basic too (shorter: a header over 8 KB is refused by the HTTP server before sign-in).
        given().header("X-Forwarded-For", "10.99.0.2").auth().preemptive().basic("x".repeat(300) + "@test.example", "whatever")
                .get("/api/me").then().statusCode(401);
        // Both failures were counted against the account, under the first 254 characters (the column's width).
        long failures = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                LoginBackoff.of(LoginBackoff.Scope.ACCOUNT, typed.substring(0, 254))
                        .map(b -> (long) b.failures).orElse(0L));
        assertThat(failures).isEqualTo(2L);
    }
}
