package org.cthb.readiness.recognition;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Recognition of prior learning with credentials from a second, in-test issuer: trusted per nation, verified in
 * both formats, refused with a reason, revocable, and counted by readiness. Two nations interleave throughout.
 */
@QuarkusTest
class RecognitionTest {

    static final String NATION_A = "LTU";
    static final String NATION_B = "LVA";
    static final String MISSION = "KFOR";
    static final String MAPPED = "https://other.example/achievements/awareness";
    static final String ELSEWHERE = "https://other.example/achievements/unrelated";

    static final ForeignIssuer ISSUER = new ForeignIssuer("Lithuanian LMS");
    static final ForeignIssuer STRANGER = new ForeignIssuer("Unknown LMS");

    @AfterAll
    static void stop() {
        ISSUER.close();
        STRANGER.close();
    }

    @Test
    void aTrustedCredentialInEitherFormatIsRecognisedAndReadinessCountsIt() {
        String officerA = TestAccounts.create(Role.NATION_OFFICER, NATION_A);
        String officerB = TestAccounts.create(Role.NATION_OFFICER, NATION_B);
        trust(officerA, NATION_A, ISSUER, Map.of(MAPPED, List.of("why-it-matters", "what-trafficking-is")));
        String learnerA = Learners.learner(NATION_A);
        String learnerB = Learners.learner(NATION_B);
        String idA = deploy(officerA, NATION_A, learnerA);
        String idB = deploy(officerB, NATION_B, learnerB);
        String idA2 = deploy(officerA, NATION_A, null);
        assertThat(person(officerA, NATION_A, idA).get("status")).isEqualTo("NOT_STARTED");

        // VC-JWT, uploaded by the learner; the same issuer is not trusted by nation B.
        Learners.as(learnerA).contentType("application/vc+jwt").body(bytes(ISSUER.jwt(ISSUER.credential(MAPPED, null))))
                .post("/api/recognitions/mine").then().statusCode(200).body("moduleId", hasSize(2))
                .body("source", org.hamcrest.Matchers.everyItem(equalTo(ISSUER.name)));
        refused(Learners.as(learnerB).contentType("application/vc+jwt")
                .body(bytes(ISSUER.jwt(ISSUER.credential(MAPPED, null)))).post("/api/recognitions/mine"), "untrusted_issuer");
        // Data Integrity, uploaded by the officer for a person without an account.
        as(officerA).contentType("application/vc+ld+json")
                .body(ISSUER.withProof(ISSUER.credential(MAPPED, Instant.now().plus(300, ChronoUnit.DAYS))))
                .post("/api/nations/" + NATION_A + "/people/" + idA2 + "/recognitions").then().statusCode(200)
                .body("format", org.hamcrest.Matchers.everyItem(equalTo("data-integrity")));

        Map<String, Object> a = person(officerA, NATION_A, idA);
        assertThat(a.get("status")).isEqualTo("IN_PROGRESS");
        List<?> recognised = (List<?>) a.get("recognised");
        assertThat(recognised.stream().map(r -> String.valueOf(((Map<?, ?>) r).get("source"))).toList())
                .containsExactly(ISSUER.name, ISSUER.name);
        assertThat(person(officerA, NATION_A, idA2).get("status")).isEqualTo("IN_PROGRESS");
        assertThat(person(officerB, NATION_B, idB).get("status")).isEqualTo("NOT_STARTED");
        assertThat(person(officerB, NATION_B, idB).get("recognised")).asList().isEmpty();
        String csv = as(officerA).get("/api/nations/" + NATION_A + "/readiness/export.csv?mission=" + MISSION)
                .then().statusCode(200).extract().asString();
        assertThat(csv.lines().filter(l -> l.startsWith(idA + ","))).singleElement().asString()
                .contains("why-it-matters (" + ISSUER.name + ")");
        String page = io.restassured.RestAssured.given().auth().preemptive().basic(officerA, TestAccounts.PASSWORD)
                .get("/nations/" + NATION_A + "/readiness?mission=" + MISSION + "&q=" + idA).then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("recognised: why-it-matters (" + ISSUER.name + ")");
    }

    @Test
    void invalidOrUntrustedUploadsAreRefusedWithAReason() {
        String officerA = TestAccounts.create(Role.NATION_OFFICER, NATION_A);
        trust(officerA, NATION_A, ISSUER, Map.of(MAPPED, List.of("why-it-matters")));
        String learner = Learners.learner(NATION_A);
        String id = deploy(officerA, NATION_A, learner);

        refused(upload(learner, ISSUER.jwtSignedByAnother(ISSUER.credential(MAPPED, null))), "bad_signature");
        Map<String, Object> altered = ISSUER.withProof(ISSUER.credential(MAPPED, null));
        altered.put("name", "Something else");
        refused(Learners.as(learner).contentType("application/json").body(altered).post("/api/recognitions/mine"),
                "bad_signature");
        refused(upload(learner, ISSUER.jwt(ISSUER.credential(MAPPED, Instant.now().minus(1, ChronoUnit.DAYS)))),
                "expired");
        Map<String, Object> revoked = ISSUER.credential(MAPPED, null);
        ISSUER.revoke(revoked);
        refused(upload(learner, ISSUER.jwt(revoked)), "revoked");
        refused(upload(learner, STRANGER.jwt(STRANGER.credential(MAPPED, null))), "untrusted_issuer");
        refused(upload(learner, ISSUER.jwt(ISSUER.credential(ELSEWHERE, null))), "unmapped_achievement");
        refused(upload(learner, "not a credential"), "unreadable");
        String french = Learners.as(learner).cookie("cthb-lang", "fr").contentType("application/vc+jwt")
                .body(bytes(ISSUER.jwt(ISSUER.credential(ELSEWHERE, null)))).post("/api/recognitions/mine").then()
                .statusCode(422).extract().path("detail");
        assertThat(french).startsWith("Pour cet émetteur, la réussite ne correspond à aucun de nos modules");

        // A learner cannot upload for someone else; another nation's officer cannot reach the person.
        Learners.as(learner).contentType("application/vc+jwt").body(bytes(ISSUER.jwt(ISSUER.credential(MAPPED, null))))
                .post("/api/nations/" + NATION_A + "/people/" + id + "/recognitions").then().statusCode(403);
        as(TestAccounts.create(Role.NATION_OFFICER, NATION_B)).contentType("application/vc+jwt")
                .body(bytes(ISSUER.jwt(ISSUER.credential(MAPPED, null))))
                .post("/api/nations/" + NATION_A + "/people/" + id + "/recognitions").then().statusCode(404);
        assertThat(person(officerA, NATION_A, id).get("status")).isEqualTo("NOT_STARTED");
    }

    @Test
    void anUnreachableStatusListIsARefusalNotAnError() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION_B);
        try (ForeignIssuer gone = new ForeignIssuer("Offline LMS")) {
            trust(officer, NATION_B, gone, Map.of(MAPPED, List.of("why-it-matters")));
            String id = deploy(officer, NATION_B, null);
            String token = gone.jwt(gone.credential(MAPPED, null));
            gone.close();
            refused(as(officer).contentType("application/vc+jwt").body(bytes(token))
                    .post("/api/nations/" + NATION_B + "/people/" + id + "/recognitions"), "status_unreachable");
        }
    }

    @Test
    void aRevokedRecognitionNoLongerCounts() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, NATION_B);
        // An issuer of its own: the nations' lists of other tests must not decide this one.
        ForeignIssuer own = new ForeignIssuer("Latvian LMS");
        trust(officer, NATION_B, own, Map.of(MAPPED, List.of("how-it-happens")));
        String id = deploy(officer, NATION_B, null);
        String base = "/api/nations/" + NATION_B + "/people/" + id + "/recognitions";
        long recognition = as(officer).contentType("application/vc+jwt")
                .body(bytes(own.jwt(own.credential(MAPPED, null)))).post(base).then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        assertThat(person(officer, NATION_B, id).get("status")).isEqualTo("IN_PROGRESS");

        as(TestAccounts.create(Role.NATION_OFFICER, NATION_A)).body(Map.of("reason", "not ours"))
                .post("/api/recognitions/" + recognition + "/revoke").then().statusCode(404);
        as(officer).body(Map.of("reason", "Wrong person")).post("/api/recognitions/" + recognition + "/revoke")
                .then().statusCode(200).body("revocationReason", equalTo("Wrong person"));
        as(officer).body(Map.of("reason", "Again")).post("/api/recognitions/" + recognition + "/revoke")
                .then().statusCode(409);

        Map<String, Object> row = person(officer, NATION_B, id);
        assertThat(row.get("status")).isEqualTo("NOT_STARTED");
        assertThat(row.get("recognised")).asList().isEmpty();
        as(officer).get(base).then().statusCode(200).body("[0].revokedAt", org.hamcrest.Matchers.notNullValue());
        as(TestAccounts.admin()).get("/api/audit?action=RECOGNITION_REVOKED&nation=" + NATION_B).then()
                .statusCode(200).body("subjectId", org.hamcrest.Matchers.hasItem(String.valueOf(recognition)));
    }

    @Test
    void trustedIssuersAreKeptPerNationAndBadEntriesNameTheField() {
        String officerA = TestAccounts.create(Role.NATION_OFFICER, NATION_A);
        String issuers = "/api/nations/" + NATION_A + "/trusted-issuers";
        Map<String, Object> good = Map.of("issuerId", ISSUER.id, "name", ISSUER.name, "publicKeys",
                ISSUER.publicJwks(), "achievements", Map.of(MAPPED, List.of("why-it-matters")));
        as(officerA).body(withChanged(good, "achievements", Map.of(MAPPED, List.of("no-such-module")))).post(issuers)
                .then().statusCode(400).body("field", equalTo("achievements[" + MAPPED + "]"));
        as(officerA).body(withChanged(good, "publicKeys", List.of(Map.of("kty", "oct", "k", "c2VjcmV0")))).post(issuers)
                .then().statusCode(400).body("field", equalTo("publicKeys"));
        as(officerA).body(withChanged(good, "issuerId", "mailto:x")).post(issuers).then().statusCode(400)
                .body("field", equalTo("issuerId"));
        as(TestAccounts.create(Role.NATION_OFFICER, NATION_B)).body(good).post(issuers).then().statusCode(404);
        Learners.as(Learners.learner(NATION_A)).body(good).post(issuers).then().statusCode(403);
        as(TestAccounts.admin()).body(good).post(issuers).then().statusCode(200).body("name", equalTo(ISSUER.name));
        as(officerA).get(issuers).then().statusCode(200).body("issuerId", org.hamcrest.Matchers.hasItem(ISSUER.id));
    }

    private static Map<String, Object> withChanged(Map<String, Object> entry, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(entry);
        changed.put(key, value);
        return changed;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static RequestSpecification as(String email) {
        return Learners.as(email);
    }

    private static io.restassured.response.Response upload(String learner, String text) {
        return Learners.as(learner).contentType("application/vc+jwt").body(bytes(text)).post("/api/recognitions/mine");
    }

    private static void refused(io.restassured.response.Response response, String code) {
        response.then().statusCode(422).contentType(containsString("problem+json")).body("code", equalTo(code))
                .body("field", equalTo("credential"));
    }

    static void trust(String officer, String nation, ForeignIssuer issuer, Map<String, List<String>> achievements) {
        as(officer).body(Map.of("issuerId", issuer.id, "name", issuer.name, "publicKeys", issuer.publicJwks(),
                "achievements", achievements)).post("/api/nations/" + nation + "/trusted-issuers").then()
                .statusCode(200);
    }

    /** Deploys a new person of the nation to the mission in 40 days, linked to the account {@code email} if any. */
    static String deploy(String officer, String nation, String email) {
        String id = "P" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body("national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                        + id + ",Ana,Recognised,military,,female,1990," + (email == null ? id.toLowerCase() + "@noaccount.example" : email) + "," + MISSION
                        + ",ALL_PERSONNEL," + LocalDate.now().plusDays(40) + "\n")
                .post("/api/nations/" + nation + "/roster?dryRun=false").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    static Map<String, Object> person(String officer, String nation, String nationalId) {
        return as(officer).get("/api/nations/" + nation + "/readiness?mission=" + MISSION + "&q=" + nationalId)
                .then().statusCode(200).extract().jsonPath().getMap("people.find { it.nationalId == '" + nationalId
                        + "' }");
    }
}
