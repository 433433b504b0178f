package org.cthb.readiness.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Sessions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** The session key: generated into the data folder, the only one accepted, and the same for every instance. */
@QuarkusTest
class SessionKeyTest {

    @Inject
    Sessions sessions;
    @Inject
    SessionKeyCheck check;
    @Inject
    EntityManager entityManager;

    @Test
    void theServiceRunsOnTheStrongOwnerOnlyKeyFileItGenerated() throws Exception {
        assertThat(SessionCookies.TEST_KEY_FILE).exists();
        assertThat(Files.getPosixFilePermissions(SessionCookies.TEST_KEY_FILE))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SessionCookies.serviceKey()).matches("[A-Za-z0-9_-]{43}");
        String admin = TestAccounts.admin();
        String token = QuarkusTransaction.requiringNew().call(() -> sessions.start(admin, "127.0.0.1")).token();
        given().cookie("cthb-session", SessionCookies.forge(SessionCookies.serviceKey(), token))
                .get("/api/me").then().statusCode(200).body("name", equalTo(admin));
    }

    @Test
    void aCookieEncryptedWithAnyOtherKeyIsRefused() {
        String admin = TestAccounts.admin();
        String token = QuarkusTransaction.requiringNew().call(() -> sessions.start(admin, "127.0.0.1")).token();
        for (String other : new String[] {SessionKeyFile.newKey(), "test-only-session-key-0123456789abcdef",
                "dev-only-session-key-0123456789abcdef"}) {
            given().cookie("cthb-session", SessionCookies.forge(other, token)).get("/api/accounts")
                    .then().statusCode(401);
            given().cookie("cthb-session", SessionCookies.forge(other, admin)).get("/api/accounts")
                    .then().statusCode(401);
        }
    }

    @Test
    void evenWithTheKeyACookieNamingAnAccountInsteadOfAnOpenSessionIsRefused() {
        String admin = TestAccounts.admin();
        given().cookie("cthb-session", SessionCookies.forge(SessionCookies.serviceKey(), admin))
                .get("/api/accounts").then().statusCode(401);
        given().redirects().follow(false).cookie("cthb-session", SessionCookies.forge(SessionCookies.serviceKey(), admin))
                .get("/admin/accounts").then().statusCode(303);
    }

    @Test
    void anInstanceWhoseKeyDiffersFromTheRecordedOneRefusesToStartInProduction() {
        String recorded = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT fingerprint FROM session_key_fingerprint WHERE id = 1").getSingleResult());
        assertThat(recorded).isEqualTo(SessionKeyCheck.fingerprint(SessionCookies.serviceKey()))
                .doesNotContain(SessionCookies.serviceKey());
        assertThatThrownBy(() -> check.verify(SessionKeyFile.newKey(), SessionKeyCheck.Mismatch.REFUSE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("session_key_fingerprint");
        check.verify(SessionCookies.serviceKey(), SessionKeyCheck.Mismatch.REFUSE);
        assertThatThrownBy(() -> check.verify("sixteen-chars-ok", SessionKeyCheck.Mismatch.REPLACE))
                .hasMessageContaining("at least 32");
        assertThat(QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT fingerprint FROM session_key_fingerprint WHERE id = 1").getSingleResult()))
                .isEqualTo(recorded);
    }
}
