package org.cthb.readiness.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Sessions that end: sign-out, timeouts, password change, and an administrator's disable and reset. */
@QuarkusTest
class SessionLifecycleTest {

    private static String signIn(String email, String password) {
        Sessions.SignInForm form = Sessions.signInForm();
        Response response = given().redirects().follow(false).cookies(form.cookies()).formParam("email", email)
                .formParam("password", password).post(form.action());
        assertThat(response.statusCode()).isEqualTo(302);
        String cookie = response.cookie("cthb-session");
        assertThat(cookie).isNotBlank();
        return cookie;
    }

    /** A script's call: JSON, no form (a form body without the CSRF token is refused). */
    private static io.restassured.specification.RequestSpecification asAdmin(String admin) {
        return given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static int me(String cookie) {
        return given().cookie("cthb-session", cookie).get("/api/me").statusCode();
    }

    private static long accountId(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    private static long audited(String action, String accountId) {
        return QuarkusTransaction.requiringNew().call(() ->
                AuditEvent.count("action = ?1 and subjectId = ?2", action, accountId));
    }

    @Test
    void eachSignInOpensANewSessionAndTheCookieNeverHoldsTheEmail() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String first = signIn(email, TestAccounts.PASSWORD);
        String second = signIn(email, TestAccounts.PASSWORD);
        assertThat(first).isNotEqualTo(second);
        long id = accountId(email);
        assertThat(QuarkusTransaction.requiringNew().call(() -> UserSession.count("accountId", id))).isEqualTo(2);
        assertThat(me(first)).isEqualTo(200);
        assertThat(me(second)).isEqualTo(200);
        assertThat(audited("SIGNED_IN", String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void signOutEndsTheSessionOnTheServerSoTheOldCookieNoLongerWorks() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String cookie = signIn(email, TestAccounts.PASSWORD);
        String other = signIn(email, TestAccounts.PASSWORD);
        given().cookie("cthb-session", cookie).get("/api/me").then().statusCode(200).body("name", equalTo(email));

        Csrf.with(given().redirects().follow(false).cookie("cthb-session", cookie)).post("/signout")
                .then().statusCode(303).header("Location", endsWith("/signin"));

        assertThat(me(cookie)).isEqualTo(401);
        given().redirects().follow(false).cookie("cthb-session", cookie).get("/learn")
                .then().statusCode(303).header("Location", endsWith("/signin"));
        // The sign-in form still shows to someone holding a dead cookie (no redirect loop).
        given().redirects().follow(false).cookie("cthb-session", cookie).get("/signin").then().statusCode(200);
        assertThat(me(other)).as("another device's session stays open").isEqualTo(200);
        assertThat(audited("SIGNED_OUT", String.valueOf(accountId(email)))).isEqualTo(1);
    }

    @Test
    void signOutWithoutTheCsrfTokenIsRefusedAndEndsNothing() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String cookie = signIn(email, TestAccounts.PASSWORD);
        int status = given().redirects().follow(false).cookie("cthb-session", cookie)
                .contentType(ContentType.URLENC).formParam("x", "1").post("/signout").statusCode();
        assertThat(status).isBetween(400, 403);
        assertThat(me(cookie)).isEqualTo(200);
    }

    @Test
    void aSessionEndsAfterTheIdleTimeoutAndAfterTheAbsoluteLifetime() {
        String idle = TestAccounts.create(Role.LEARNER, null);
        String idleCookie = signIn(idle, TestAccounts.PASSWORD);
        long idleId = accountId(idle);
        QuarkusTransaction.requiringNew().run(() -> UserSession.update("lastSeenAt = ?1 where accountId = ?2",
                Instant.now().minus(Duration.ofMinutes(121)), idleId));
        assertThat(me(idleCookie)).isEqualTo(401);

        String old = TestAccounts.create(Role.LEARNER, null);
        String oldCookie = signIn(old, TestAccounts.PASSWORD);
        long oldId = accountId(old);
        QuarkusTransaction.requiringNew().run(() -> UserSession.update("createdAt = ?1 where accountId = ?2",
                Instant.now().minus(Duration.ofHours(9)), oldId));
        assertThat(me(oldCookie)).isEqualTo(401);

        assertThat(QuarkusTransaction.requiringNew().call(() -> UserSession.<UserSession>find("accountId", idleId)
                .firstResult().endReason)).isEqualTo("IDLE_TIMEOUT");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndEndsAllOtherSessions() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String here = signIn(email, TestAccounts.PASSWORD);
        String elsewhere = signIn(email, TestAccounts.PASSWORD);

        Csrf.with(given().cookie("cthb-session", here)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "a-brand-new-phrase-2"))
                .post("/api/me/password").then().statusCode(400).body("field", equalTo("currentPassword"));
        Csrf.with(given().cookie("cthb-session", here)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "password1234"))
                .post("/api/me/password").then().statusCode(400).body("field", equalTo("newPassword"));
        assertThat(me(elsewhere)).as("a refused change ends nothing").isEqualTo(200);

        Csrf.with(given().cookie("cthb-session", here)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a-brand-new-phrase-2"))
                .post("/api/me/password").then().statusCode(204);

        assertThat(me(elsewhere)).isEqualTo(401);
        assertThat(me(here)).isEqualTo(200);
        given().auth().preemptive().basic(email, TestAccounts.PASSWORD).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(email, "a-brand-new-phrase-2").get("/api/me").then().statusCode(200);
        assertThat(audited("PASSWORD_CHANGED", String.valueOf(accountId(email)))).isEqualTo(1);
    }

    @Test
    void thePasswordPageChangesThePasswordWithTheCsrfToken() {
        String email = TestAccounts.create(Role.LEARNER, null);
        String here = signIn(email, TestAccounts.PASSWORD);
        String elsewhere = signIn(email, TestAccounts.PASSWORD);
        Response page = given().cookie("cthb-session", here).get("/account/password");
        page.then().statusCode(200).body(containsString("name=\"currentPassword\""));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().redirects().follow(false).cookie("cthb-session", here).cookies(page.cookies())
                .formParam("csrf-token", token).formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "another-fine-phrase-3").formParam("newPasswordAgain", "another-typo-3")
                .post("/account/password").then().statusCode(400).body(containsString("role=\"alert\""));
        given().redirects().follow(false).cookie("cthb-session", here).cookies(page.cookies())
                .formParam("csrf-token", token).formParam("currentPassword", TestAccounts.PASSWORD)
                .formParam("newPassword", "another-fine-phrase-3").formParam("newPasswordAgain", "another-fine-phrase-3")
                .post("/account/password").then().statusCode(303);

        assertThat(me(elsewhere)).isEqualTo(401);
        assertThat(me(here)).isEqualTo(200);
    }

    @Test
    void anOpenIdConnectUserIsToldTheirPasswordLivesAtTheirIdentityProvider() {
        String email = "oidc-" + java.util.UUID.randomUUID() + "@test.example";
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Account account = new Account();
            account.email = email;
            account.role = Role.LEARNER;
            account.language = "en";
            account.enabled = true;
            account.persist();
            return account.id;
        });
        String admin = TestAccounts.admin();
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("password", "a-brand-new-phrase-2")).post("/api/accounts/" + id + "/password")
                .then().statusCode(409).body("detail", containsString("OpenID Connect"));
        // Their own page, signed in through a session of theirs.
        String token = QuarkusTransaction.requiringNew().call(() ->
                CdiSessions.get().start(email, "127.0.0.1")).token();
        String cookie = org.cthb.readiness.session.SessionCookies.forge(
                org.cthb.readiness.session.SessionCookies.serviceKey(), token);
        given().cookie("cthb-session", cookie).get("/account/password").then().statusCode(200)
                .body(containsString("OpenID Connect")).body(org.hamcrest.Matchers.not(containsString("currentPassword")));
        Csrf.with(given().cookie("cthb-session", cookie)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "x", "newPassword", "a-brand-new-phrase-2"))
                .post("/api/me/password").then().statusCode(409).body("field", equalTo("currentPassword"));
    }

    @Test
    void anAdministratorDisablingAnAccountEndsAllItsSessionsAtOnce() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        String one = signIn(learner, TestAccounts.PASSWORD);
        String two = signIn(learner, TestAccounts.PASSWORD);
        long id = accountId(learner);
        String admin = TestAccounts.admin();

        asAdmin(admin).post("/api/accounts/" + id + "/disable")
                .then().statusCode(200).body("enabled", equalTo(false));
        assertThat(me(one)).isEqualTo(401);
        assertThat(me(two)).isEqualTo(401);
        given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get("/api/me").then().statusCode(401);

        asAdmin(admin).post("/api/accounts/" + id + "/enable")
                .then().statusCode(200).body("enabled", equalTo(true));
        assertThat(me(one)).as("enabling again does not revive ended sessions").isEqualTo(401);
        given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get("/api/me").then().statusCode(200);

        assertThat(audited("ACCOUNT_DISABLED", String.valueOf(id))).isEqualTo(1);
        assertThat(audited("ACCOUNT_ENABLED", String.valueOf(id))).isEqualTo(1);
        long adminId = accountId(admin);
        asAdmin(admin).post("/api/accounts/" + adminId + "/disable")
                .then().statusCode(409);
        asAdmin(admin).post("/api/accounts/999999999/disable")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anAdministratorResettingAPasswordEndsAllItsSessionsAtOnce() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        String cookie = signIn(learner, TestAccounts.PASSWORD);
        long id = accountId(learner);
        String admin = TestAccounts.admin();

        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("password", "short")).post("/api/accounts/" + id + "/password")
                .then().statusCode(400).body("field", equalTo("password"));
        assertThat(me(cookie)).isEqualTo(200);

        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("password", "reset-by-the-admin-4")).post("/api/accounts/" + id + "/password")
                .then().statusCode(200);
        assertThat(me(cookie)).isEqualTo(401);
        given().auth().preemptive().basic(learner, "reset-by-the-admin-4").get("/api/me").then().statusCode(200);
        assertThat(audited("PASSWORD_RESET", String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void theAdminPageDisablesAndResetsWithTheCsrfToken() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        String cookie = signIn(learner, TestAccounts.PASSWORD);
        long id = accountId(learner);
        String admin = TestAccounts.admin();
        Response page = given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/admin/accounts");
        page.then().statusCode(200).body(containsString("/admin/accounts/" + id + "/disable"));
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).redirects().follow(false).cookies(page.cookies())
                .formParam("csrf-token", token).formParam("password", "too-short")
                .post("/admin/accounts/" + id + "/password").then().statusCode(400).body(containsString("role=\"alert\""));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).redirects().follow(false).cookies(page.cookies())
                .formParam("csrf-token", token)
                .post("/admin/accounts/" + id + "/disable").then().statusCode(303);
        assertThat(me(cookie)).isEqualTo(401);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.<Account>findById(id).enabled)).isFalse();
    }
}
