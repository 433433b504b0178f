package org.cthb.readiness.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.build.Jwt;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * OpenID Connect bearer tokens (API clients), switched on by configuration alone against Quarkus's OIDC test server:
 * the same rules as the browser's sign-in (OidcCodeFlowTest): the account is the verified e-mail's, role and nation
 * are mapped by configuration, the strongest known role wins, and a refused claim is a 403 naming it, never a 500.
 */
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
                    "quarkus.oidc.application-type", "service",
                    "cthb.oidc.role-map", "nato-training-admins=ADMIN, trainees=LEARNER",
                    "cthb.oidc.nation-map", "latvia=LVA",
                    // The e-mail in a claim of another name, as some providers send it.
                    "cthb.oidc.email-claim", "mail");
        }
    }

    /**
     * A token of the test server for a fresh user with a verified e-mail (in the configured claim {@code mail}; its
     * {@code email} claim, when given, is not the one that counts), with {@code claims} on top.
     */
    private static String token(String user, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>();
        all.put("mail", email(user));
        all.put("email_verified", true);
        all.putAll(claims);
        var builder = Jwt.preferredUserName(user).issuer("https://server.example.com")
                .audience(Set.of("https://service.example.com")).subject("sub-" + user);
        all.forEach(builder::claim);
        return builder.jws().keyId("1").sign("privateKey.jwk");
    }

    private static String email(String user) {
        return user + "@idp.example";
    }

    private static String user(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void claimsMapToRoleAndNation() {
        String user = user("officer-fr");
        given().auth().oauth2(token(user, Map.of("cthb_role", "NATION_OFFICER", "cthb_nation", "fra")))
                .get("/api/me").then().statusCode(200)
                .body("name", equalTo(email(user)))
                .body("roles", contains("NATION_OFFICER")).body("nation", equalTo("FRA"));
    }

    @Test
    void roleFromTheIdentityProviderIsEnforced() {
        given().auth().oauth2(token(user("learner"), Map.of("cthb_role", "LEARNER"))).get("/api/accounts")
                .then().statusCode(403);
        given().auth().oauth2(token(user("admin"), Map.of("cthb_role", "ADMIN"))).get("/api/accounts")
                .then().statusCode(200);
    }

    @Test
    void aForgedTokenIsRejected() {
        String forged = token(user("admin"), Map.of("cthb_role", "ADMIN")) + "x";
        given().auth().oauth2(forged).get("/api/accounts").then().statusCode(401);
    }

    @Test
    void theAccountIsTheVerifiedEmailsAndTheStrongestMappedRoleWins() {
        String user = user("both");
        String token = token(user, Map.of("cthb_role", List.of("LEARNER", "nato-training-admins"),
                "cthb_nation", "Latvia", "email", "someone-else@idp.example"));
        given().auth().oauth2(token).get("/api/me").then().statusCode(200)
                .body("name", equalTo(email(user))).body("roles", contains("ADMIN")).body("nation", equalTo("LVA"));
        given().auth().oauth2(token).get("/api/accounts").then().statusCode(200);
        // Progress is recorded on the e-mail's account, never on one named after the provider's user name.
        given().auth().oauth2(token).get("/api/learning/dashboard").then().statusCode(200);
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email(user)).orElseThrow());
        assertThat(account.role).isEqualTo(Role.ADMIN);
        assertThat(account.nationIso3).isEqualTo("LVA");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.byEmail(user).isPresent())).isFalse();

        // An existing local account is the same person when the provider vouches for its e-mail.
        String local = TestAccounts.create(Role.LEARNER, null);
        given().auth().oauth2(token("x", Map.of("mail", local.toUpperCase(), "cthb_role", "trainees")))
                .get("/api/me").then().statusCode(200).body("name", equalTo(local));
    }

    @Test
    void unknownValuesOrAnUnverifiedEmailAreA403NamingThemNever500() {
        String pilot = user("pilot");
        String role = token(pilot, Map.of("cthb_role", List.of("pilot", "navigator")));
        given().auth().oauth2(role).get("/api/accounts").then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("detail", containsString("UNKNOWN_ROLE")).body("detail", containsString("pilot"));
        given().auth().oauth2(role).get("/api/learning/dashboard").then().statusCode(403)
                .body("detail", containsString("UNKNOWN_ROLE"));
        given().auth().oauth2(role).get("/api/me").then().statusCode(403);

        String atlantis = user("atlantis");
        given().auth().oauth2(token(atlantis, Map.of("cthb_role", "NATION_OFFICER", "cthb_nation", "Atlantis")))
                .get("/api/learning/dashboard").then().statusCode(403)
                .body("detail", containsString("UNKNOWN_NATION")).body("detail", containsString("Atlantis"));

        String unverified = user("unverified");
        given().auth().oauth2(token(unverified, Map.of("cthb_role", "LEARNER", "email_verified", false)))
                .get("/api/learning/dashboard").then().statusCode(403)
                .body("detail", containsString("NO_VERIFIED_EMAIL"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.count("email in ?1",
                List.of(email(pilot), pilot, email(atlantis), atlantis, email(unverified), unverified))))
                .isZero();
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD)
                .get("/api/audit?action=OIDC_SIGN_IN_REFUSED").then().statusCode(200)
                .body("subjectId", hasItem("sub-" + pilot)).body("subjectId", hasItem("sub-" + atlantis));
    }
}
