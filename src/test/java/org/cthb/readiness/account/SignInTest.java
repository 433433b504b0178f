package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SignInTest {

    private static Response formSignIn(String email, String password) {
        Sessions.SignInForm form = Sessions.signInForm();
        return given().redirects().follow(false).cookies(form.cookies()).formParam("email", email)
                .formParam("password", password).post(form.action());
    }

    private static String sessionCookieHeader(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("cthb-session="))
                .findFirst().orElse(null);
    }

    @Test
    void formSignInSetsAHttpOnlySameSiteSessionCookie() {
        String email = TestAccounts.admin();
        Response response = formSignIn(email, TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        String setCookie = sessionCookieHeader(response);
        assertThat(setCookie).startsWith("cthb-session=").contains("HTTPOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        given().cookie("cthb-session", response.cookie("cthb-session"))
                .get("/api/accounts").then().statusCode(200).body(containsString(email));
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithAnError() {
        String email = TestAccounts.admin();
        Response response = formSignIn(email, "not-the-password");
        assertThat(response.statusCode()).isBetween(302, 303);
        assertThat(response.header("Location")).contains("/signin");
        assertThat(response.cookie("cthb-session")).isNull();
        given().cookies(response.cookies()).get(response.header("Location")).then().statusCode(200)
                .body(containsString("role=\"alert\""));
        given().get("/signin").then().statusCode(200).body(not(containsString("role=\"alert\"")));
    }

    @Test
    void basicAuthWorksForScripts() {
        String email = TestAccounts.admin();
        given().auth().preemptive().basic(email, TestAccounts.PASSWORD).get("/api/accounts").then().statusCode(200);
        given().auth().preemptive().basic(email, "wrong-password!").get("/api/accounts").then().statusCode(401);
    }

    @Test
    void anonymousApiCallGets401AndAPageRedirectsToSignIn() {
        given().get("/api/accounts").then().statusCode(401).header("WWW-Authenticate", containsString("Basic"));
        given().redirects().follow(false).get("/admin/accounts").then().statusCode(303)
                .header("Location", endsWith("/signin"));
    }

    @Test
    void learnerIsForbiddenFromAdminEndpoints() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get("/api/accounts").then().statusCode(403);
    }
}
