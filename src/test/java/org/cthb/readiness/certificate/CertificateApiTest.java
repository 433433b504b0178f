package org.cthb.readiness.certificate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.certificate.Learners.as;
import static org.cthb.readiness.certificate.Learners.visitor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CertificateApiTest {

    static final String API = "/api/certificates";

    @Test
    void passingEveryRequiredModuleIssuesExactlyOneCertificate() {
        String email = Learners.learner("FRA");
        Learners.passAllBut(email, 1);
        as(email).get(API + "/mine").then().statusCode(200).body("$", hasSize(0));

        Learners.passAllBut(email, 0);

        String number = as(email).get(API + "/mine").then().statusCode(200).body("$", hasSize(1))
                .extract().path("[0].number");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        visitor().get(API + "/" + number).then().statusCode(200)
                .body("status", equalTo("VALID"))
                .body("holderName", equalTo(email.substring(0, email.indexOf('@'))))
                .body("nation", equalTo("FRA")).body("nationName", equalTo("France"))
                .body("standard", equalTo("NATO CTHB baseline")).body("standardVersion", equalTo(1))
                .body("issuedOn", equalTo(today.toString()))
                .body("expiresOn", equalTo(today.plusMonths(24).toString()))
                .body("revokedOn", nullValue());
        assertThat(audited("CERTIFICATE_ISSUED", number)).isEqualTo(1);
    }

    @Test
    void verificationAcceptsTheNumberAsPeopleTypeIt() {
        Learners.Certified holder = Learners.certified(null);

        visitor().get(API + "/" + holder.number().toLowerCase().replace("-", " ")).then().statusCode(200)
                .body("number", equalTo(holder.number())).body("nation", nullValue());
    }

    @Test
    void unknownNumberIsNotFoundAndAMistypedOneSaysSo() {
        CertificateNumber unknown = CertificateNumber.random();
        visitor().get(API + "/" + unknown.display()).then().statusCode(404);

        String compact = unknown.compact();
        char last = compact.charAt(11);
        String mistyped = compact.substring(0, 11) + (last == '7' ? '8' : '7');
        visitor().get(API + "/" + mistyped).then().statusCode(400).body("field", equalTo("number"))
                .body("detail", containsString("mistyped"));
        visitor().get(API + "/ABC").then().statusCode(400).body("detail", containsString("12 characters"));
    }

    @Test
    void credentialVerifiesWithThePublishedKeyAndFollowsTheOpenBadgesSchema() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");

        String jwt = as(holder.email()).get(API + "/" + holder.number() + "/credential").then().statusCode(200)
                .contentType(containsString("application/vc+jwt")).extract().asString();

        SignedJWT signed = SignedJWT.parse(jwt);
        String kid = signed.getHeader().getKeyID();
        assertThat(kid).startsWith("http").contains("/keys/");
        // The kid URL answers with one JWK, readable from any origin.
        RSAKey key = RSAKey.parse(given().get(java.net.URI.create(kid).getPath()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().asString());
        assertThat(key.isPrivate()).isFalse();
        assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(signed.getHeader().getType().getType()).isEqualTo("vc+jwt");
        Map<String, Object> vc = signed.getJWTClaimsSet().toJSONObject();
        assertThat(vc).doesNotContainKey("vc");
        assertThat(schema().validate(new ObjectMapper().valueToTree(vc))).isEmpty();
        assertThat((String) vc.get("id")).endsWith("/api/certificates/" + holder.number());
        assertThat(vc.toString()).doesNotContain(holder.email());
        assertThat(audited("CREDENTIAL_DOWNLOADED", holder.number()))
                .isEqualTo(1);
    }

    @Test
    void revocationNeedsAReasonShowsInVerificationAndSetsTheStatusListBit() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");
        String admin = TestAccounts.admin();
        String revoke = API + "/" + holder.number() + "/revoke";

        as(admin).body(Map.of("reason", "  ")).post(revoke).then().statusCode(400).body("field", equalTo("reason"));
        as(holder.email()).body(Map.of("reason", "mine")).post(revoke).then().statusCode(403);
        as(admin).body(Map.of("reason", "Quiz answers were shared")).post(revoke).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        as(admin).body(Map.of("reason", "again")).post(revoke).then().statusCode(409);

        visitor().get(API + "/" + holder.number()).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("Quiz answers were shared"))
                .body("revokedOn", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
        assertThat(audited("CERTIFICATE_REVOKED", holder.number()))
                .isEqualTo(1);
        assertThat(statusListBit(holder)).isTrue();
    }

    @Test
    void officerOfTheHoldersNationMayActButAnotherNationsOfficerFindsNothing() {
        Learners.Certified holder = Learners.certified("FRA");
        String stranger = TestAccounts.create(Role.NATION_OFFICER, "DEU");
        String officer = TestAccounts.create(Role.NATION_OFFICER, "FRA");
        String otherLearner = Learners.learner("FRA");

        as(stranger).get(API + "/" + holder.number() + "/credential").then().statusCode(404);
        as(stranger).get(API + "/" + holder.number() + "/pdf").then().statusCode(404);
        as(stranger).body(Map.of("reason", "no")).post(API + "/" + holder.number() + "/revoke").then().statusCode(404);
        as(otherLearner).get(API + "/" + holder.number() + "/credential").then().statusCode(404);
        given().get(API + "/" + holder.number() + "/credential").then().statusCode(401);

        as(officer).get(API + "/" + holder.number() + "/credential").then().statusCode(200);
        as(officer).body(Map.of("reason", "Left the service")).post(API + "/" + holder.number() + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    void pdfIsServedInEnglishAndFrench() {
        Learners.Certified holder = Learners.certified("FRA");
        for (String lang : new String[] {"en", "fr"}) {
            byte[] pdf = as(holder.email()).accept("application/pdf")
                    .get(API + "/" + holder.number() + "/pdf?lang=" + lang)
                    .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
    }

    @Test
    void tooManyLookUpsFromOneAddressAreRefused() {
        String address = "192.0.2." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        String number = CertificateNumber.random().display();
        for (int i = 0; i < 30; i++) {
            given().header("X-Forwarded-For", address).get(API + "/" + number).then().statusCode(404);
        }
        given().header("X-Forwarded-For", address).get(API + "/" + number).then().statusCode(429)
                .contentType(containsString("problem+json"));
        visitor().get(API + "/" + number).then().statusCode(404);
    }

    private static boolean statusListBit(Learners.Certified holder) throws Exception {
        String credential = as(holder.email()).get(API + "/" + holder.number() + "/credential").then().extract()
                .asString();
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) SignedJWT.parse(credential).getJWTClaimsSet()
                .getJSONObjectClaim("credentialStatus");
        assertThat((String) status.get("statusListCredential")).endsWith(API + "/status-lists/revocation");
        SignedJWT list = SignedJWT.parse(given().accept("application/vc+jwt").get(API + "/status-lists/revocation")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString());
        JWKSet jwks = JWKSet.parse(given().get("/.well-known/jwks.json").then().extract().asString());
        String kid = list.getHeader().getKeyID();
        assertThat(list.verify(new RSASSAVerifier((RSAKey) jwks.getKeyByKeyId(kid.substring(kid.lastIndexOf('/') + 1)))))
                .isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.getJWTClaimsSet().getJSONObjectClaim("credentialSubject");
        return BitstringStatusList.decode((String) subject.get("encodedList"))
                .isSet(Integer.parseInt((String) status.get("statusListIndex")));
    }

    private static long audited(String action, String number) {
        return QuarkusTransaction.requiringNew().call(
                () -> AuditEvent.count("action = ?1 and subjectId = ?2", action, number));
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CertificateApiTest.class.getResourceAsStream(
                "/ob3/ob_v3p0_achievementcredential_schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
    }
}
