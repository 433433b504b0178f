package org.cthb.readiness.recognition;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.DataIntegrity;
import org.cthb.readiness.certificate.EdDsaKey;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.recognition.RecognitionTest.MAPPED;
import static org.cthb.readiness.recognition.RecognitionTest.MISSION;
import static org.cthb.readiness.recognition.RecognitionTest.deploy;
import static org.cthb.readiness.recognition.RecognitionTest.person;
import static org.cthb.readiness.recognition.RecognitionTest.trust;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A recognised module counts toward our certificate like a passed one (whichever comes last), the certificate and
 * its credentials say so, an officer revokes a recognition from the pages, and an expired one stops counting.
 * Each test has an issuer of its own, so that the nations' lists of other tests never decide it.
 */
@QuarkusTest
class RecognisedCertificateTest {

    static final String NATION = "LTU";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRecognitionArrivingLastCertifiesAndTheCertificateSaysSo() throws Exception {
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION);
        String learner = Learners.learner(NATION);
        String id = deploy(officer, NATION, learner);
        List<String> modules = modules(learner);
        String last = modules.get(modules.size() - 1);
        try (ForeignIssuer issuer = new ForeignIssuer("Lithuanian academy LMS")) {
            trust(officer, NATION, issuer, Map.of(MAPPED, List.of(last)));
            Learners.passAllBut(learner, 1);
            Learners.as(learner).get("/api/certificates/mine").then().statusCode(200).body("size()", equalTo(0));
            assertThat(person(officer, NATION, id).get("status")).isEqualTo("IN_PROGRESS");

            // The credential earned elsewhere runs out at noon in 200 days: ours must not outlive it.
            Instant until = LocalDate.now(ZoneOffset.UTC).plusDays(200).atTime(12, 0).toInstant(ZoneOffset.UTC);
            Learners.as(learner).contentType("application/vc+jwt")
                    .body(issuer.jwt(issuer.credential(MAPPED, until)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/recognitions/mine").then().statusCode(200);

            JsonPath mine = Learners.as(learner).get("/api/certificates/mine").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(mine.getList("number")).hasSize(1);
            String number = mine.getString("[0].number");
            assertThat(mine.getString("[0].expiresOn")).isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(199).toString());
            assertThat(person(officer, NATION, id).get("status")).isEqualTo("READY");

            JsonPath dashboard = Learners.as(learner).get("/api/learning/dashboard").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(dashboard.getString("modules.find { it.moduleId == '" + last + "' }.status"))
                    .isEqualTo("RECOGNISED");
            assertThat(dashboard.getString("modules.find { it.moduleId == '" + last + "' }.recognisedFrom"))
                    .isEqualTo(issuer.name);
            assertThat(dashboard.getString("next.kind")).isEqualTo("DONE");
            given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get("/learn").then().statusCode(200)
                    .body(containsString("Recognised (" + issuer.name + ")"));
            given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).cookie("cthb-lang", "fr").get("/learn")
                    .then().statusCode(200).body(containsString("Reconnu (" + issuer.name + ")"));

            // Both credentials say which module was recognised, and from whom; the proof still verifies.
            Map<String, Object> payload = SignedJWT.parse(Learners.as(learner)
                    .get("/api/certificates/" + number + "/credential?format=jwt").then().statusCode(200).extract()
                    .asString()).getJWTClaimsSet().toJSONObject();
            assertThat(evidence(payload)).singleElement().satisfies(e -> {
                assertThat(e.get("type")).isEqualTo(List.of("Evidence"));
                assertThat((String) e.get("name")).contains(last);
                assertThat((String) e.get("narrative")).contains(issuer.name);
            });
            Map<String, Object> proved = JSON.readValue(Learners.as(learner)
                    .get("/api/certificates/" + number + "/credential?format=data-integrity").then().statusCode(200)
                    .extract().asString(), new TypeReference<>() { });
            assertThat(evidence(proved)).isEqualTo(evidence(payload));
            String did = (String) ((Map<?, ?>) proved.get("issuer")).get("id");
            assertThat(did).startsWith("did:web:");
            assertThat(DataIntegrity.verify(proved, RecognisedCertificateTest::ourKey)).startsWith(did + "#");
        }
    }

    @Test
    void aQuizPassedLastCertifiesWithTheRecognisedModuleAndAnOfficerRevokesItFromThePage() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION);
        String learner = Learners.learner(NATION);
        String id = deploy(officer, NATION, learner);
        List<String> modules = modules(learner);
        String first = modules.get(0);
        try (ForeignIssuer issuer = new ForeignIssuer("Lithuanian academy")) {
            trust(officer, NATION, issuer, Map.of(MAPPED, List.of(first)));
            Learners.as(officer).contentType("application/vc+jwt")
                    .body(issuer.jwt(issuer.credential(MAPPED, null)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/nations/" + NATION + "/people/" + id + "/recognitions").then().statusCode(200);
            int version = Learners.as(learner).get("/api/learning/dashboard").then().extract().path("version");
            modules.subList(1, modules.size()).forEach(m -> Learners.pass(learner, version, m));

            String number = Learners.as(learner).get("/api/certificates/mine").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].status", equalTo("VALID")).extract().path("[0].number");
            assertThat(person(officer, NATION, id).get("status")).isEqualTo("READY");

            // The officer's page lists it with a revoke form; without a reason or a token nothing happens.
            Map<String, String> browser = Sessions.signIn(officer);
            String page = "/nations/" + NATION + "/people/" + id + "/recognitions";
            String html = Sessions.as(browser).get(page).then().statusCode(200).body(containsString(first))
                    .body(containsString(issuer.name)).extract().asString();
            String token = Sessions.formToken(html);
            long recognition = Learners.as(officer).get("/api/nations/" + NATION + "/people/" + id + "/recognitions")
                    .then().extract().jsonPath().getLong("[0].id");
            String action = page + "/" + recognition + "/revoke";
            assertThat(html).contains("action=\"" + action + "\"");
            Sessions.as(browser).formParam("reason", "Not the holder").post(action).then().statusCode(403);
            Sessions.as(browser).formParam("csrf-token", token).formParam("reason", " ").post(action).then()
                    .statusCode(400).body(containsString("reason"));
            String stranger = TestAccounts.create(Role.NATION_OFFICER, "LVA");
            Map<String, String> strangerBrowser = Sessions.signIn(stranger);
            String strangerToken = Sessions.formToken(Sessions.as(strangerBrowser)
                    .get("/nations/LVA/trusted-issuers").asString());
            Sessions.as(strangerBrowser).formParam("csrf-token", strangerToken).formParam("reason", "Mine now")
                    .post(action).then().statusCode(404);
            Learners.as(learner).get("/api/certificates/mine").then().body("[0].status", equalTo("VALID"));

            Response revoked = Sessions.as(browser).formParam("csrf-token", token)
                    .formParam("reason", "Not the holder").post(action);
            revoked.then().statusCode(303).header("Location", containsString(page + "?revoked=1"));
            Sessions.as(browser).get(page + "?revoked=1").then().statusCode(200)
                    .body(containsString("The recognition is revoked.")).body(containsString("Not the holder"))
                    .body(org.hamcrest.Matchers.not(containsString("action=\"" + action + "\"")));
            Sessions.as(browser).cookie("cthb-lang", "fr").get(page + "?revoked=1").then().statusCode(200)
                    .body(containsString("La reconnaissance est révoquée."));

            // The certificate rested on it: revoked too, with a reason saying so; readiness drops back.
            Learners.as(learner).get("/api/certificates/mine").then().body("[0].status", equalTo("REVOKED"))
                    .body("[0].revocationReason", containsString("Not the holder"))
                    .body("[0].revocationReason", containsString(first));
            assertThat(person(officer, NATION, id).get("status")).isEqualTo("IN_PROGRESS");
            Learners.as(learner).get("/api/learning/dashboard").then()
                    .body("modules.find { it.moduleId == '" + first + "' }.status", org.hamcrest.Matchers
                            .not(equalTo("RECOGNISED")));
            Learners.as(TestAccounts.admin()).get("/api/audit?action=RECOGNITION_REVOKED&nation=" + NATION).then()
                    .statusCode(200).body("subjectId", hasItem(String.valueOf(recognition)));
            Learners.as(TestAccounts.admin()).get("/api/audit?action=CERTIFICATE_REVOKED&nation=" + NATION).then()
                    .statusCode(200).body("subjectId", hasItem(number));
        }
    }

    @Test
    void anExpiredRecognitionStopsCountingAndSaysWhen() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION);
        String learner = Learners.learner(NATION);
        String id = deploy(officer, NATION, learner);
        List<String> modules = modules(learner);
        String first = modules.get(0);
        try (ForeignIssuer issuer = new ForeignIssuer("Lithuanian college")) {
            trust(officer, NATION, issuer, Map.of(MAPPED, List.of(first)));
            // A VC 1.1-style JWT whose only expiry is its exp claim: that is the recognition's expiry.
            Instant exp = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            Learners.as(learner).contentType("application/vc+jwt")
                    .body(issuer.jwtExpiring(issuer.credential(MAPPED, null), exp)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/recognitions/mine").then().statusCode(200)
                    .body("[0].validUntil", containsString(exp.toString().substring(0, 19)));
            Learners.as(learner).get("/api/learning/dashboard").then()
                    .body("modules.find { it.moduleId == '" + first + "' }.status", equalTo("RECOGNISED"));

            // Time passes: the uploaded credential has run out (moved back in the database, not waited for).
            LocalDate ranOut = LocalDate.now(ZoneOffset.UTC).minusDays(3);
            Instant past = ranOut.atTime(9, 30).toInstant(ZoneOffset.UTC);
            long personId = QuarkusTransaction.requiringNew().call(() -> {
                List<Recognition> held = Recognition.list("moduleId = ?1 and issuerId = ?2", first, issuer.id);
                held.forEach(r -> r.validUntil = past);
                return held.get(0).personId;
            });
            assertThat(personId).isPositive();

            Learners.as(learner).get("/api/learning/dashboard").then()
                    .body("modules.find { it.moduleId == '" + first + "' }.status", equalTo("NOT_STARTED"))
                    .body("modules.find { it.moduleId == '" + first + "' }.recognitionExpiredOn",
                            equalTo(ranOut.toString()));
            given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).get("/learn").then().statusCode(200)
                    .body(containsString("Recognition expired on " + ranOut));
            given().auth().preemptive().basic(learner, TestAccounts.PASSWORD).cookie("cthb-lang", "fr").get("/learn")
                    .then().statusCode(200).body(containsString("Reconnaissance expirée le " + ranOut));
            Map<String, Object> row = person(officer, NATION, id);
            assertThat((List<?>) row.get("recognised")).singleElement()
                    .satisfies(r -> assertThat(((Map<?, ?>) r).get("expiredOn")).isEqualTo(ranOut.toString()));
            given().auth().preemptive().basic(officer, TestAccounts.PASSWORD)
                    .get("/nations/" + NATION + "/readiness?mission=" + MISSION + "&q=" + id).then().statusCode(200)
                    .body(containsString(first + " (" + issuer.name + "): recognition expired on " + ranOut));

            // Passing every other module no longer certifies: the expired module is owed again.
            int version = Learners.as(learner).get("/api/learning/dashboard").then().extract().path("version");
            modules.subList(1, modules.size()).forEach(m -> Learners.pass(learner, version, m));
            Learners.as(learner).get("/api/certificates/mine").then().statusCode(200).body("size()", equalTo(0));
            assertThat(person(officer, NATION, id).get("status")).isEqualTo("IN_PROGRESS");
        }
    }

    private static List<String> modules(String learner) {
        return Learners.as(learner).get("/api/learning/dashboard").then().statusCode(200).extract()
                .jsonPath().getList("modules.moduleId", String.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evidence(Map<String, Object> credential) {
        return (List<Map<String, Object>>) credential.get("evidence");
    }

    /** Our Ed25519 key, as a verifier finds it: in the DID document at /.well-known/did.json. */
    private static byte[] ourKey(String method) {
        Map<String, Object> document = given().get("/.well-known/did.json").then().statusCode(200).extract()
                .jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> methods = (List<Map<String, Object>>) document.get("verificationMethod");
        return EdDsaKey.fromMultibase((String) methods.stream().filter(m -> method.equals(m.get("id"))).findFirst()
                .orElseThrow().get("publicKeyMultibase"));
    }
}
