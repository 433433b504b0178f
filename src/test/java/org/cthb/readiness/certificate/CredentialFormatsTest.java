package org.cthb.readiness.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.certificate.Learners.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cthb.readiness.TestAccounts;
import org.junit.jupiter.api.Test;

/** The two proof formats, the did:web issuer and the status list as verifiers fetch them. */
@QuarkusTest
class CredentialFormatsTest {

    static final String API = "/api/certificates";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDataIntegrityCredentialNamesOurDidAndVerifiesWithTheKeyOfItsDidDocument() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");

        Map<String, Object> credential = read(as(holder.email())
                .get(API + "/" + holder.number() + "/credential?format=data-integrity").then().statusCode(200)
                .contentType(containsString("json")).extract().asString());

        String did = DidWeb.of(VerifiersTest.publicUrl());
        assertThat(issuerId(credential)).isEqualTo(did);
        assertThat(DataIntegrity.verify(credential, method -> keyFromDidDocument(did, method))).startsWith(did + "#");
        // the JWT form carries the very same credential
        Map<String, Object> payload = SignedJWT.parse(as(holder.email())
                .get(API + "/" + holder.number() + "/credential?format=jwt").then().statusCode(200).extract()
                .asString()).getJWTClaimsSet().toJSONObject();
        credential.remove("proof");
        assertThat(credential).doesNotContainKey("credentialSchema");
        assertThat(payload).containsKey("credentialSchema");
        credential.forEach((key, value) -> assertThat((Object) JSON.valueToTree(payload.get(key)))
                .as(key).isEqualTo(JSON.valueToTree(value)));
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheParameter() {
        Learners.Certified holder = Learners.certified(null);

        as(holder.email()).get(API + "/" + holder.number() + "/credential?format=pdf").then().statusCode(400)
                .contentType(containsString("problem+json")).body("field", equalTo("format"))
                .body("detail", containsString("data-integrity"));
    }

    @Test
    void theStatusListAnswersJsonWithCorsAndAProofAndAJwtOnRequest() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");
        as(TestAccounts.admin()).body(Map.of("reason", "Left the service"))
                .post(API + "/" + holder.number() + "/revoke").then().statusCode(200);
        int index = statusIndex(holder);

        for (String accept : List.of("application/json", "application/ld+json", "application/vc")) {
            ExtractableResponse<Response> response = given().accept(accept).get(API + "/status-lists/revocation")
                    .then().statusCode(200).contentType(containsString(accept))
                    .header("Access-Control-Allow-Origin", "*").extract();
            Map<String, Object> list = read(response.asString());
            assertThat(list.get("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
            assertThat(list.get("issuer")).isEqualTo(DidWeb.of(VerifiersTest.publicUrl()));
            DataIntegrity.verify(list, method -> keyFromDidDocument((String) list.get("issuer"), method));
            assertThat(bit(list, index)).isTrue();
        }
        String jwt = given().accept("application/vc+jwt").get(API + "/status-lists/revocation").then().statusCode(200)
                .contentType(containsString("application/vc+jwt")).extract().asString();
        SignedJWT signed = SignedJWT.parse(jwt);
        RSAKey key = RSAKey.parse(given().get(URI.create(signed.getHeader().getKeyID()).getPath()).then()
                .statusCode(200).extract().asString());
        assertThat(signed.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(bit(signed.getJWTClaimsSet().toJSONObject(), index)).isTrue();
    }

    /** Acceptance 6: the list that credentials issued before point to still answers, with their issuer. */
    @Test
    void theOldStatusListAddressKeepsItsIssuerAndTheSameBits() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");
        as(TestAccounts.admin()).body(Map.of("reason", "Left the service"))
                .post(API + "/" + holder.number() + "/revoke").then().statusCode(200);

        Map<String, Object> legacy = read(given().accept("application/json").get(API + "/status-list").then()
                .statusCode(200).header("Access-Control-Allow-Origin", "*").extract().asString());
        assertThat(legacy.get("issuer")).isEqualTo(VerifiersTest.publicUrl() + "/issuer");
        assertThat(bit(legacy, statusIndex(holder))).isTrue();
        SignedJWT jwt = SignedJWT.parse(given().accept("application/vc+jwt").get(API + "/status-list").then()
                .statusCode(200).extract().asString());
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(VerifiersTest.publicUrl() + "/issuer");
        given().get("/issuer").then().statusCode(200).body("id", equalTo(VerifiersTest.publicUrl() + "/issuer"));
    }

    @Test
    void statusIndexesAreRandomNotInIssueOrder() throws Exception {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            indexes.add(statusIndex(Learners.certified(null)));
        }
        // Sequential indexes would differ by one; random ones in 131,072 almost never do (odds about 1 in 10^10).
        assertThat(indexes.get(1) - indexes.get(0) == 1 && indexes.get(2) - indexes.get(1) == 1).as(indexes.toString())
                .isFalse();
        assertThat(indexes).allMatch(i -> i >= 0 && i < BitstringStatusList.MINIMUM_BITS * 2);
    }

    @Test
    void theKidUrlOfAnotherKeyIsNotFound() {
        given().get("/keys/not-our-key").then().statusCode(404);
    }

    @Test
    void theCertificatesPageOffersBothFormats() {
        Learners.Certified holder = Learners.certified(null);

        as(holder.email()).get("/certificates").then().statusCode(200)
                .body(containsString("/api/certificates/" + holder.number() + "/credential?format=data-integrity"))
                .body(containsString("/api/certificates/" + holder.number() + "/credential?format=jwt"));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                org.cthb.readiness.account.Account.byEmail(holder.email()).orElseThrow().language = "fr");
        as(holder.email()).get("/certificates").then().statusCode(200)
                .body(containsString("pour un portefeuille"));
    }

    static byte[] keyFromDidDocument(String did, String method) {
        Map<String, Object> document = read(given().get("/.well-known/did.json").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().asString());
        assertThat(document.get("id")).isEqualTo(did);
        assertThat(document.get("assertionMethod")).isEqualTo(List.of(method));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> methods = (List<Map<String, Object>>) document.get("verificationMethod");
        Map<String, Object> found = methods.stream().filter(m -> method.equals(m.get("id"))).findFirst().orElseThrow();
        assertThat(found.get("type")).isEqualTo("Multikey");
        return EdDsaKey.fromMultibase((String) found.get("publicKeyMultibase"));
    }

    private static int statusIndex(Learners.Certified holder) throws Exception {
        Map<String, Object> payload = SignedJWT.parse(as(holder.email()).get(API + "/" + holder.number() + "/credential")
                .then().statusCode(200).extract().asString()).getJWTClaimsSet().toJSONObject();
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) payload.get("credentialStatus");
        assertThat(status.get("type")).isEqualTo("BitstringStatusListEntry");
        return Integer.parseInt((String) status.get("statusListIndex"));
    }

    @SuppressWarnings("unchecked")
    private static boolean bit(Map<String, Object> list, int index) {
        Map<String, Object> subject = (Map<String, Object>) list.get("credentialSubject");
        return BitstringStatusList.decode((String) subject.get("encodedList")).isSet(index);
    }

    private static String issuerId(Map<String, Object> credential) {
        return (String) ((Map<?, ?>) credential.get("issuer")).get("id");
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
