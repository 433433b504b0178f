package org.cthb.readiness.lti;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.NationalOverlays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A nation's own module (merged from its overlay) is offered in deep linking, and launched, only from that nation's
 * platforms: GRC's platform sees GRC's module, ITA's platform ITA's, and neither can link or launch the other's.
 */
@QuarkusTest
class NationalModulesLtiTest {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Inject
    ModuleCatalogue catalogue;

    FakePlatform greek;
    FakePlatform italian;

    @BeforeEach
    void register() {
        NationalOverlays.importBoth();
        greek = platform(NationalOverlays.A);
        italian = platform(NationalOverlays.B);
    }

    private static FakePlatform platform(String nation) {
        FakePlatform platform = new FakePlatform();
        platform.toolJwksUrl = "http://localhost:" + RestAssured.port + "/lti/jwks";
        given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD).contentType("application/json")
                .body(platform.registration(nation)).post("/api/lti/platforms").then().statusCode(201);
        return platform;
    }

    record Login(String state, String nonce, Map<String, String> cookies) {
    }

    private static Login login(FakePlatform platform) {
        Response r = given().redirects().follow(false).queryParam("iss", platform.issuer)
                .queryParam("login_hint", "user-1").queryParam("target_link_uri", "http://localhost/lti/launch")
                .queryParam("lti_message_hint", "hint-1")
                .queryParam("client_id", platform.clientId).get("/lti/login");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(302);
        Map<String, String> q = FakePlatform.query(URI.create(r.header("Location")).getRawQuery());
        return new Login(q.get("state"), q.get("nonce"), r.cookies());
    }

    private static Response launch(Login login, String idToken) {
        return given().redirects().follow(false).cookies(login.cookies()).formParam("id_token", idToken)
                .formParam("state", login.state()).post("/lti/launch");
    }

    /** The module picker a deep-linking request opens on the platform. */
    private static Response deepLinking(FakePlatform platform) {
        Login login = login(platform);
        return launch(login, platform.sign(platform.claims("teacher-" + UUID.randomUUID(), login.nonce())
                .claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"))
                .claim(DeepLinking.SETTINGS, Map.of("deep_link_return_url", platform.base() + "/deep-return",
                        "accept_types", List.of("ltiResourceLink"))).build()));
    }

    @Test
    void eachNationsPlatformIsOfferedItsOwnNationalModuleOnly() {
        assertThat(catalogue.modules(NationalOverlays.A)).extracting(ModuleCatalogue.LinkableModule::moduleId)
                .contains("why-it-matters", "grc-national-law").doesNotContain("ita-national-law");
        assertThat(catalogue.modules()).extracting(ModuleCatalogue.LinkableModule::moduleId)
                .contains("why-it-matters").doesNotContain("grc-national-law", "ita-national-law");

        Response greekPick = deepLinking(greek);
        Response italianPick = deepLinking(italian);
        assertThat(greekPick.statusCode()).as(greekPick.asString()).isEqualTo(200);
        assertThat(italianPick.statusCode()).as(italianPick.asString()).isEqualTo(200);
        assertThat(greekPick.asString()).contains("value=\"grc-national-law\"").doesNotContain("ita-national-law");
        assertThat(italianPick.asString()).contains("value=\"ita-national-law\"").doesNotContain("grc-national-law");

        // Posting the other nation's module anyway is refused.
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(italianPick.asString());
        assertThat(token.find()).isTrue();
        Response answer = given().redirects().follow(false).formParam("token", token.group(1))
                .formParam("module", "grc-national-law").post("/lti/deep-link");
        assertThat(answer.statusCode()).as(answer.asString()).isNotEqualTo(200);
        assertThat(answer.asString()).contains("data-reason=\"UNKNOWN_MODULE\"");
    }

    @Test
    void aLaunchOfAnotherNationsModuleIsRefusedAndOfItsOwnLandsOnIt() {
        Login own = login(greek);
        Response launched = launch(own, greek.sign(greek.claims("learner-" + UUID.randomUUID(), own.nonce())
                .claim(LTI + "custom", Map.of("module", "grc-national-law")).build()));
        assertThat(launched.statusCode()).as(launched.asString()).isEqualTo(303);
        assertThat(launched.header("Location")).contains("/grc-national-law/01-intro");

        Login other = login(italian);
        Response refused = launch(other, italian.sign(italian.claims("learner-" + UUID.randomUUID(), other.nonce())
                .claim(LTI + "custom", Map.of("module", "grc-national-law")).build()));
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(404);
        assertThat(refused.asString()).contains("data-reason=\"UNKNOWN_MODULE\"");
    }
}
