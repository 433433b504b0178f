package org.cthb.readiness.account;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** OpenID Connect switched on by configuration alone, against Quarkus's OIDC test server (no live IdP). */
@QuarkusTest
@TestProfile(OidcSignInTest.OidcOn.class)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = true)
class OidcSignInTest {

    /** Turns OIDC on, as an operator would in production. */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", "quarkus-service-app",
                    "quarkus.oidc.application-type", "service");
        }
    }

    private static String token(String user, Map<String, String> claims) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(), "sub-" + user, "sid",
                Set.of("https://service.example.com"), claims);
    }

    @Test
    void claimsMapToRoleAndNation() {
        given().auth().oauth2(token("officer-fr", Map.of("cthb_role", "NATION_OFFICER", "cthb_nation", "fra")))
                .get("/api/me").then().statusCode(200)
                .body("roles", contains("NATION_OFFICER")).body("nation", equalTo("FRA"));
    }

    @Test
    void roleFromTheIdentityProviderIsEnforced() {
        given().auth().oauth2(token("learner", Map.of("cthb_role", "LEARNER"))).get("/api/accounts")
                .then().statusCode(403);
        given().auth().oauth2(token("admin", Map.of("cthb_role", "ADMIN"))).get("/api/accounts")
                .then().statusCode(200);
    }

    @Test
    void aForgedTokenIsRejected() {
        String forged = token("admin", Map.of("cthb_role", "ADMIN")) + "x";
        given().auth().oauth2(forged).get("/api/accounts").then().statusCode(401);
    }
}
