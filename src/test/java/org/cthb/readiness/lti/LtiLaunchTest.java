package org.cthb.readiness.lti;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseZips;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Launches from a platform simulated here, with its own keys and endpoints: what passes and what is refused. */
@QuarkusTest
class LtiLaunchTest {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Inject
    ModuleCatalogue catalogue;

    FakePlatform platform;
    String admin;

    @BeforeEach
    void register() {
        platform = new FakePlatform();
        platform.toolJwksUrl = "http://localhost:" + RestAssured.port + "/lti/jwks";
        admin = TestAccounts.admin();
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json")
                .body(platform.registration("FRA")).post("/api/lti/platforms").then().statusCode(201);
    }

    record Login(String state, String nonce, Map<String, String> cookies, Map<String, String> query) {
    }

    Login login(String sub) {
        Response r = given().redirects().follow(false).queryParam("iss", platform.issuer)
                .queryParam("login_hint", sub).queryParam("target_link_uri", "http://localhost/lti/launch")
                .queryParam("lti_message_hint", "hint-1").queryParam("client_id", platform.clientId)
                .get("/lti/login");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(302);
        URI location = URI.create(r.header("Location"));
        assertThat(location.toString()).startsWith(platform.base() + "/auth");
        Map<String, String> q = FakePlatform.query(location.getRawQuery());
        assertThat(q).containsEntry("lti_message_hint", "hint-1").containsEntry("prompt", "none")
                .containsEntry("login_hint", sub);
        return new Login(q.get("state"), q.get("nonce"), r.cookies(), q);
    }

    Response launch(Login login, String idToken) {
        return given().redirects().follow(false).cookies(login.cookies()).formParam("id_token", idToken)
                .formParam("state", login.state()).post("/lti/launch");
    }

    static void refused(Response r, int status, String reason, String words) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.asString()).contains("data-reason=\"" + reason + "\"").contains(words)
                .contains("The launch from your learning platform was refused");
    }

    String sub() {
        return "user-" + UUID.randomUUID();
    }

    @Test
    void aValidLaunchThroughTheAuthorizationEndpointSignsInAndLandsOnTheModuleInFrench() {
        ModuleCatalogue.LinkableModule module = catalogue.modules().get(0);
        platform.authClaims = b -> b.claim(LTI + "custom", Map.of("module", module.moduleId()))
                .claim(LTI + "launch_presentation", Map.of("locale", "fr-CA"));
        String sub = sub();
        Login login = login(sub);
        // The platform's authorization endpoint answers with its auto-posting form.
        String form = given().baseUri(platform.base()).redirects().follow(false).get(platform.base() + "/auth?"
                + rawQuery(login.query())).then().statusCode(200).extract().asString();
        Matcher token = Pattern.compile("name=\"id_token\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        Response r = launch(login, token.group(1));
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/learn/v/" + module.version() + "/" + module.moduleId() + "/"
                + module.firstLesson());
        assertThat(r.cookies()).containsKey("cthb-session").containsEntry("cthb-lang", "fr");
        // A normal session: the lesson page opens, in French.
        String page = given().redirects().follow(false).cookies(r.cookies()).get(r.header("Location"))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("lang=\"fr\"");
        given().cookies(r.cookies()).get("/api/me").then().statusCode(200);

        // The same person launching again is the same account (platform + sub).
        long first = accountOf(sub);
        Login again = login(sub);
        launch(again, platform.sign(platform.claims(sub, again.nonce()).build())).then().statusCode(303);
        assertThat(accountOf(sub)).isEqualTo(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Account) Account.findById(first)).role))
                .isEqualTo(Role.LEARNER);
    }

    @Test
    void aTamperedSignatureIsRefused() {
        Login login = login(sub());
        String token = platform.sign(platform.claims(sub(), login.nonce()).build());
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("Learner", "Instructor").getBytes()) + "." + parts[2];
        refused(launch(login, forged), 401, "SIGNATURE", "valid signature");
        // Signed by a key that is not the platform's.
        Login other = login(sub());
        refused(launch(other, FakePlatform.sign(platform.claims(sub(), other.nonce()).build(), FakePlatform.newKey())),
                401, "SIGNATURE", "valid signature");
    }

    @Test
    void anotherIssuerIsRefused() {
        Login login = login(sub());
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce()).issuer("https://evil.example")
                .build())), 401, "ISSUER", "another platform");
    }

    @Test
    void aWrongAudienceIsRefused() {
        Login login = login(sub());
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce()).audience("other-tool").build())),
                401, "AUDIENCE", "another tool");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Login login = login(sub());
        Instant past = Instant.now().minusSeconds(3600);
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce()).issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(300))).build())), 401, "EXPIRED", "expired");
    }

    @Test
    void aReplayedLaunchOrNonceIsRefused() {
        Login login = login(sub());
        String token = platform.sign(platform.claims(sub(), login.nonce()).build());
        launch(login, token).then().statusCode(303);
        refused(launch(login, token), 401, "REPLAYED", "already used");
        // The same token (its nonce) under a fresh login.
        Login fresh = login(sub());
        refused(launch(fresh, token), 401, "NONCE", "nonce");
    }

    @Test
    void anUnknownDeploymentIsRefused() {
        Login login = login(sub());
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce())
                .claim(LTI + "deployment_id", "dep-unknown").build())), 401, "DEPLOYMENT", "deployment");
    }

    @Test
    void algNoneIsRefused() {
        Login login = login(sub());
        String none = new PlainJWT(platform.claims(sub(), login.nonce()).build()).serialize();
        refused(launch(login, none), 401, "UNSIGNED", "not signed");
    }

    @Test
    void anUnknownPlatformAndAMissingStateAreRefused() {
        refused(given().redirects().follow(false).queryParam("iss", "https://nobody.example")
                .queryParam("login_hint", "x").get("/lti/login"), 400, "NO_PLATFORM", "not registered");
        refused(given().redirects().follow(false).formParam("id_token", "x").formParam("state", "made-up")
                .post("/lti/launch"), 400, "NO_STATE", "sign-in started here");
    }

    @Test
    void aRotatedPlatformKeyIsFetchedAgain() {
        Login login = login(sub());
        launch(login, platform.sign(platform.claims(sub(), login.nonce()).build())).then().statusCode(303);
        int fetched = platform.jwksFetches.get();
        assertThat(fetched).isPositive();
        // The key set is cached: a second launch signed by the same key does not fetch it again.
        Login same = login(sub());
        launch(same, platform.sign(platform.claims(sub(), same.nonce()).build())).then().statusCode(303);
        assertThat(platform.jwksFetches.get()).as("key set fetches").isEqualTo(fetched);
        // A launch signed by the platform's new key (a new kid) makes it fetch the set again, and passes.
        platform.rotate();
        Login next = login(sub());
        launch(next, platform.sign(platform.claims(sub(), next.nonce()).build())).then().statusCode(303);
        assertThat(platform.jwksFetches.get()).as("key set fetches").isGreaterThan(fetched);
    }

    @Test
    void aPlatformSharedByNationsNamesTheNationInAClaim() {
        FakePlatform shared = new FakePlatform();
        Map<String, Object> registration = new HashMap<>(shared.registration("FRA"));
        registration.remove("nation");
        // Neither the nation nor its claim: the field is named.
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json")
                .body(registration).post("/api/lti/platforms").then().statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("nation"));
        registration.put("nationClaim", "nation");
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json")
                .body(registration).post("/api/lti/platforms").then().statusCode(201)
                .body("nationClaim", org.hamcrest.Matchers.equalTo("nation"));
        FakePlatform saved = platform;
        platform = shared;
        try {
            // The claim (here a custom parameter of the link) carries the nation: the new account is Latvian.
            String sub = sub();
            Login login = login(sub);
            launch(login, shared.sign(shared.claims(sub, login.nonce())
                    .claim(LTI + "custom", Map.of("nation", "lva")).build())).then().statusCode(303);
            long id = accountOf(sub);
            assertThat(QuarkusTransaction.requiringNew().call(() -> ((Account) Account.findById(id)).nationIso3))
                    .isEqualTo("LVA");
            // A nation we do not know, or none at all: a clear page, no account.
            String unknown = sub();
            Login l2 = login(unknown);
            refused(launch(l2, shared.sign(shared.claims(unknown, l2.nonce())
                    .claim(LTI + "custom", Map.of("nation", "Atlantis")).build())), 403, "NO_NATION", "nation");
            Login l3 = login(sub());
            refused(launch(l3, shared.sign(shared.claims(sub(), l3.nonce()).build())), 403, "NO_NATION", "nation");
            assertThat(QuarkusTransaction.requiringNew().call(() -> LtiIdentity.count("subject", unknown)))
                    .isZero();
        } finally {
            platform = saved;
        }
    }

    @Test
    void aFrameWithoutOurCookieOffersANewWindowThatSignsIn() {
        String sub = sub();
        Login login = login(sub);
        Response framed = given().redirects().follow(false).header("Sec-Fetch-Dest", "iframe")
                .formParam("id_token", platform.sign(platform.claims(sub, login.nonce()).build()))
                .formParam("state", login.state()).post("/lti/launch");
        assertThat(framed.statusCode()).isEqualTo(200);
        assertThat(framed.cookies()).doesNotContainKey("cthb-session");
        assertThat(framed.asString()).contains("Open in a new window").contains("target=\"_blank\"");
        // Registered platforms may frame the launch pages; nobody else.
        assertThat(framed.header("Content-Security-Policy")).contains("frame-ancestors 'self' ").contains(platform.base());
        assertThat(framed.header("X-Frame-Options")).isNull();
        Matcher link = Pattern.compile("href=\"[^\"]*(/lti/continue\\?ticket=[^\"]+)\"").matcher(framed.asString());
        assertThat(link.find()).isTrue();
        Response window = given().redirects().follow(false).get(link.group(1));
        assertThat(window.statusCode()).isEqualTo(303);
        assertThat(window.cookies()).containsKey("cthb-session");
        given().cookies(window.cookies()).get("/api/me").then().statusCode(200);
        refused(given().redirects().follow(false).get(link.group(1)), 401, "TICKET", "already used");
        // Other pages still refuse every frame.
        assertThat(given().get("/signin").header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void anEmailLinksOnlyWithinTheSameNationAndOnlyWhenVerified() {
        String french = TestAccounts.create(Role.LEARNER, "FRA");
        String german = TestAccounts.create(Role.LEARNER, "DEU");
        // Not verified: a new account, even with a matching e-mail.
        String sub1 = sub();
        Login l1 = login(sub1);
        launch(l1, platform.sign(platform.claims(sub1, l1.nonce()).claim("email", french).build()))
                .then().statusCode(303);
        assertThat(accountOf(sub1)).isNotEqualTo(idOf(french));
        // Verified, same nation: linked.
        String sub2 = sub();
        Login l2 = login(sub2);
        launch(l2, platform.sign(platform.claims(sub2, l2.nonce()).claim("email", french)
                .claim("email_verified", true).build())).then().statusCode(303);
        assertThat(accountOf(sub2)).isEqualTo(idOf(french));
        // Verified, other nation: never linked.
        String sub3 = sub();
        Login l3 = login(sub3);
        launch(l3, platform.sign(platform.claims(sub3, l3.nonce()).claim("email", german)
                .claim("email_verified", true).build())).then().statusCode(303);
        assertThat(accountOf(sub3)).isNotEqualTo(idOf(german));
    }

    @Test
    void aRoleThatMapsToNothingIsRefusedAndAdminIsNeverMapped() {
        Login login = login(sub());
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce()).claim(LTI + "roles",
                List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor")).build())), 403, "NO_ROLE", "role");
        Map<String, Object> bad = new HashMap<>(new FakePlatform().registration("FRA"));
        bad.put("roles", Map.of("Administrator", "ADMIN"));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json").body(bad)
                .post("/api/lti/platforms").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("ADMIN"));
        // A role named by its full URI, as LTI 1.3 sends it (with the version's digit), may be mapped too.
        Map<String, Object> full = new HashMap<>(new FakePlatform().registration("FRA"));
        full.put("roles", Map.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor", "AUTHOR",
                "Learner", "LEARNER"));
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json").body(full)
                .post("/api/lti/platforms").then().statusCode(201);
    }

    @Test
    void anotherPublishedCourseIsNeitherOfferedNorLaunched() {
        Csrf.with(given().auth().preemptive().basic(TestAccounts.create(Role.AUTHOR, null), TestAccounts.PASSWORD))
                .multiPart("file", "c.zip", CourseZips.zip("valid", CourseZips.freshId()))
                .post("/api/courses/import").then().statusCode(201);
        // Only the course the dashboard serves is offered, whatever else is published.
        assertThat(catalogue.modules()).isNotEmpty()
                .allMatch(m -> m.courseId().equals("cthb-predeployment"), "from the learners' course");
        Login login = login(sub());
        refused(launch(login, platform.sign(platform.claims(sub(), login.nonce())
                        .claim(LTI + "custom", Map.of("module", "basics")).build())),
                404, "UNKNOWN_MODULE", "not in our catalogue");
    }

    @Test
    void deepLinkingAnswersOneSignedLinkPerChosenModule() throws Exception {
        List<ModuleCatalogue.LinkableModule> modules = catalogue.modules();
        Login login = login(sub());
        String token = platform.sign(platform.claims(sub(), login.nonce())
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
                .claim(DeepLinking.SETTINGS, Map.of("deep_link_return_url", platform.base() + "/deep-return",
                        "accept_types", List.of("ltiResourceLink"), "data", "opaque-42")).build());
        Response page = launch(login, token);
        assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
        Matcher pick = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.asString());
        assertThat(pick.find()).isTrue();
        assertThat(page.asString()).contains("value=\"" + modules.get(0).moduleId() + "\"");
        Response answer = given().redirects().follow(false).formParam("token", pick.group(1))
                .formParam("module", modules.get(0).moduleId()).formParam("module", modules.get(1).moduleId())
                .post("/lti/deep-link");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        assertThat(answer.asString()).contains("action=\"" + platform.base() + "/deep-return\"");
        Matcher jwt = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"").matcher(answer.asString());
        assertThat(jwt.find()).isTrue();

        // Verified as the platform does: with the key set we publish.
        SignedJWT response = SignedJWT.parse(jwt.group(1));
        JWKSet published = JWKSet.parse(given().get("/lti/jwks").then().statusCode(200).extract().asString());
        RSAKey ours = published.getKeyByKeyId(response.getHeader().getKeyID()).toRSAKey();
        assertThat(response.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(response.verify(new RSASSAVerifier(ours))).isTrue();
        assertThat(published.getKeys()).allMatch(k -> !k.isPrivate());
        JWTClaimsSet claims = response.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(platform.clientId);
        assertThat(claims.getAudience()).containsExactly(platform.issuer);
        assertThat(claims.getClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getClaim(LTI + "deployment_id")).isEqualTo(platform.deployment);
        assertThat(claims.getClaim(DeepLinking.DATA)).isEqualTo("opaque-42");
        List<?> items = (List<?>) claims.getClaim(DeepLinking.CONTENT_ITEMS);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).toString()).contains("ltiResourceLink").contains(modules.get(0).moduleId())
                .contains("/lti/launch");
        // Used once.
        refused(given().redirects().follow(false).formParam("token", pick.group(1))
                .formParam("module", modules.get(0).moduleId()).post("/lti/deep-link"), 400, "DEEP_LINK", "already");
        // Learners do not pick.
        Login learner = login(sub());
        refused(launch(learner, platform.sign(platform.claims(sub(), learner.nonce())
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(DeepLinking.SETTINGS, Map.of("deep_link_return_url", platform.base() + "/r")).build())),
                403, "NO_ROLE", "role");
    }

    @Test
    void theAdminPageShowsOurAddressesAndRegistersAPlatform() {
        Map<String, String> browser = org.cthb.readiness.Sessions.signIn(admin);
        String page = org.cthb.readiness.Sessions.as(browser).get("/admin/lti").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("/lti/login").contains("/lti/launch").contains("/lti/jwks")
                .contains(platform.issuer);
        FakePlatform other = new FakePlatform();
        org.cthb.readiness.Sessions.as(browser).formParam("csrf-token", org.cthb.readiness.Sessions.formToken(page))
                .formParam("name", "Page LMS").formParam("issuer", other.issuer)
                .formParam("clientId", other.clientId).formParam("deploymentIds", "a\nb")
                .formParam("jwksUrl", other.base() + "/jwks").formParam("authorizationUrl", other.base() + "/auth")
                .formParam("tokenUrl", other.base() + "/token").formParam("nation", "est")
                .formParam("roles", "Learner=LEARNER").post("/admin/lti").then().statusCode(303);
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).get("/api/lti/platforms").then()
                .statusCode(200).body("find { it.issuer == '" + other.issuer + "' }.nation",
                        org.hamcrest.Matchers.equalTo("EST"))
                .body("find { it.issuer == '" + other.issuer + "' }.deploymentIds",
                        org.hamcrest.Matchers.contains("a", "b"));
        // A wrong field is named; other roles may not register.
        Map<String, Object> bad = new HashMap<>(other.registration("XXX"));
        bad.put("clientId", "another");
        given().auth().preemptive().basic(admin, TestAccounts.PASSWORD).contentType("application/json").body(bad)
                .post("/api/lti/platforms").then().statusCode(400).body("detail",
                        org.hamcrest.Matchers.containsString("nation XXX"));
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "FRA"), TestAccounts.PASSWORD)
                .get("/api/lti/platforms").then().statusCode(403);
        String learner = TestAccounts.create(Role.LEARNER, "FRA");
        org.cthb.readiness.Sessions.as(org.cthb.readiness.Sessions.signIn(learner)).get("/admin/lti").then()
                .statusCode(403);
    }

    static long accountOf(String sub) {
        return QuarkusTransaction.requiringNew().call(() -> LtiIdentity.<LtiIdentity>find("subject", sub)
                .firstResult().accountId);
    }

    static long idOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    private static String rawQuery(Map<String, String> q) {
        StringBuilder s = new StringBuilder();
        q.forEach((k, v) -> s.append(s.isEmpty() ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return s.toString();
    }
}
