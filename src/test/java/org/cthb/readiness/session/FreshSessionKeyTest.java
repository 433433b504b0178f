package org.cthb.readiness.session;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Sessions;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A first start without CTHB_SESSION_KEY: the key is generated into a new file, used, and never logged. */
@QuarkusTest
@TestProfile(FreshSessionKeyTest.FreshKey.class)
class FreshSessionKeyTest {

    @Inject
    Sessions sessions;

    /** A key file that does not exist before this start, and the log written to a file the test can read. */
    public static class FreshKey implements QuarkusTestProfile {
        static final Path DIR = Path.of("target", "fresh-session-key-" + UUID.randomUUID());

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cthb.session.key-file", DIR.resolve("data/session-key").toString(),
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", DIR.resolve("service.log").toString());
        }
    }

    @Test
    void theKeyIsCreatedAtFirstStartOwnerOnlyAndNeverLogged() throws Exception {
        Path file = FreshKey.DIR.resolve("data/session-key");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String key = Files.readString(file).trim();
        assertThat(key).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(SessionCookies.serviceKey());

        // The service runs on this key: a session cookie encrypted with it is accepted.
        String admin = TestAccounts.admin();
        String token = QuarkusTransaction.requiringNew().call(() -> sessions.start(admin, "127.0.0.1")).token();
        given().cookie("cthb-session", SessionCookies.forge(key, token)).get("/api/me").then().statusCode(200);

        String log = Files.readString(FreshKey.DIR.resolve("service.log"));
        assertThat(log).contains("cthb-readiness").doesNotContain(key).doesNotContain("temporary key");
    }
}
