package org.cthb.readiness.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * The browser's OpenID Connect sign-in against a provider started by the test: the authorization code flow with PKCE
 * back to the page the browser wanted, accounts matched by verified e-mail, role and nation mapped by configuration,
 * refusals as a 403 page with an audit line, and the local form still there while the provider is down.
 */
@QuarkusTest
@TestProfile(OidcCodeFlowTest.ProviderOn.class)
class OidcCodeFlowTest {

    /** OIDC on, against the test's provider, with a role and a nation mapped by configuration. */
    public static class ProviderOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.auth-server-url", PROVIDER.issuer(),
                    "quarkus.oidc.client-id", TestOidcProvider.CLIENT_ID,
                    "quarkus.oidc.credentials.secret", TestOidcProvider.CLIENT_SECRET,
                    "cthb.oidc.role-map", "nato-training-admins=ADMIN, trainees=LEARNER",
                    "cthb.oidc.nation-map", "latvia=LVA");
        }
    }

    private static final TestOidcProvider PROVIDER = TestOidcProvider.INSTANCE;
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Where a browser ends up, with the cookies it holds for the service. */
    record Landing(Response response, Map<String, String> cookies) {
    }

    @Test
    void aBrowserGoesThroughTheCodeFlowWithPkceAndBackToThePageItWanted() throws Exception {
        String email = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@nato.example";
        PROVIDER.nextUser = Map.of("sub", "s-" + email, "email", email, "email_verified", true,
                "preferred_username", "somebody", "cthb_role", List.of("LEARNER", "nato-training-admins"));
        Landing landing = visit("/admin/accounts?sort=email");

        assertThat(PROVIDER.lastAuthorization.get("code_challenge")).isNotBlank();
        assertThat(PROVIDER.lastAuthorization.get("code_challenge_method")).isEqualTo("S256");
        assertThat(PROVIDER.lastTokenRequestHadVerifier).isTrue();
        assertThat(landing.response().statusCode()).as(landing.response().asString()).isEqualTo(200);
        assertThat(landing.response().asString()).contains(email);
        // The strongest known role wins; the account is keyed by the e-mail, not the user name.
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow());
        assertThat(account.role).isEqualTo(Role.ADMIN);
        assertThat(Account.byEmail("somebody")).isEmpty();
        // The session is the service's own: the provider's cookie is gone, the page's API works with it.
        assertThat(landing.cookies()).containsKey("cthb-session").doesNotContainKey("q_session");
        Sessions.as(landing.cookies()).get("/api/me").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(email));
    }

    @Test
    void anExistingAccountIsMatchedByItsVerifiedEmailWithMappedNation() throws Exception {
        String local = TestAccounts.create(Role.LEARNER, null);
        PROVIDER.nextUser = Map.of("sub", "s-" + local, "email", local.toUpperCase(), "email_verified", "true",
                "preferred_username", "not-" + local, "cthb_role", "trainees", "cthb_nation", "Latvia");
        Landing landing = visit("/learn");
        Sessions.as(landing.cookies()).get("/api/me").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(local))
                .body("nation", org.hamcrest.Matchers.equalTo("LVA"));
        long accounts = QuarkusTransaction.requiringNew().call(() -> Account.count("email like ?1",
                "%" + local.substring(local.indexOf('-'))));
        assertThat(accounts).isEqualTo(1);

        // The same e-mail, not verified by the provider, signs in nobody.
        PROVIDER.nextUser = Map.of("sub", "s2-" + local, "email", local, "email_verified", false,
                "cthb_role", "LEARNER");
        Landing refused = visit("/learn");
        assertThat(refused.response().statusCode()).isEqualTo(403);
        assertThat(refused.response().asString()).contains("data-reason=\"NO_VERIFIED_EMAIL\"");
        assertThat(refused.cookies()).doesNotContainKey("cthb-session");
    }

    @Test
    void anUnknownRoleOrNationIsAClear403PageAndAnAuditLineNever500() throws Exception {
        String email = "pilot-" + UUID.randomUUID().toString().substring(0, 8) + "@nato.example";
        PROVIDER.nextUser = Map.of("sub", "pilot-sub-" + email, "email", email, "email_verified", true,
                "cthb_role", List.of("pilot", "navigator"));
        Landing role = visit("/learn");
        assertThat(role.response().statusCode()).isEqualTo(403);
        assertThat(role.response().contentType()).startsWith("text/html");
        assertThat(role.response().asString()).contains("data-reason=\"UNKNOWN_ROLE\"").contains("pilot, navigator");

        PROVIDER.nextUser = Map.of("sub", "atlantis-sub-" + email, "email", email, "email_verified", true,
                "cthb_role", "NATION_OFFICER", "cthb_nation", "Atlantis");
        Landing nation = visit("/learn");
        assertThat(nation.response().statusCode()).isEqualTo(403);
        assertThat(nation.response().asString()).contains("data-reason=\"UNKNOWN_NATION\"").contains("Atlantis");
        assertThat(Account.class).isNotNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).isPresent())).isFalse();

        String admin = TestAccounts.admin();
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD)
                .get("/api/audit?action=OIDC_SIGN_IN_REFUSED").then().statusCode(200)
                .body("subjectId", hasItem("pilot-sub-" + email))
                .body("subjectId", hasItem("atlantis-sub-" + email));
    }

    @Test
    void aLocalAdministratorSignsInWhileTheProviderIsDown() throws Exception {
        String admin = TestAccounts.admin();
        PROVIDER.stop();
        try {
            Map<String, String> cookies = Sessions.signIn(admin);
            Sessions.as(cookies).get("/admin/accounts").then().statusCode(200);
            // The provider's sign-in answers, whatever it says, with no 500.
            Response oidc = given().redirects().follow(false).get("/signin/oidc");
            assertThat(oidc.statusCode()).isLessThan(500);
        } finally {
            PROVIDER.start();
        }
    }

    /**
     * A browser asking for {@code path}: sent to the sign-in, to the provider, back with a code, through Quarkus's
     * exchange, to the service's session and finally to the page (or a refusal).
     */
    private static Landing visit(String path) throws Exception {
        Map<String, String> cookies = new HashMap<>();
        Response response = given().redirects().follow(false).get(path);
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(URI.create(response.header("Location")).getPath()).isEqualTo("/signin/oidc");
        keep(cookies, response);
        String next = response.header("Location");
        for (int hop = 0; hop < 8; hop++) {
            response = given().redirects().follow(false).cookies(cookies).get(next);
            keep(cookies, response);
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Landing(response, cookies);
            }
            next = response.header("Location");
            if (next.startsWith(PROVIDER.issuer())) {
                HttpResponse<String> provider = BROWSER.send(HttpRequest.newBuilder(URI.create(next)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(provider.statusCode()).as(provider.body()).isEqualTo(302);
                next = provider.headers().firstValue("Location").orElseThrow();
            }
        }
        throw new AssertionError("Too many redirects, last to " + next);
    }

    private static void keep(Map<String, String> cookies, Response response) {
        response.getDetailedCookies().asList().forEach(c -> {
            if (c.getValue() == null || c.getValue().isEmpty() || c.getMaxAge() == 0) {
                cookies.remove(c.getName());
            } else {
                cookies.put(c.getName(), c.getValue());
            }
        });
    }
}
