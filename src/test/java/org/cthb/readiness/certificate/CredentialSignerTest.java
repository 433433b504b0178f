package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialSignerTest {

    private static final SigningKeys KEYS = SigningKeys.generate();
    private static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");
    private final CredentialSigner signer = new CredentialSigner(KEYS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void signedCredentialVerifiesBackToTheSameCredential() {
        Map<String, Object> credential = OpenBadgeCredentialTest.sample();

        Map<String, Object> verified = signer.verify(signer.sign(credential));

        assertThat(verified).isEqualTo(credential);
    }

    @Test
    void headerNamesRs256VcJwtAndTheUrlOfOurKey() throws Exception {
        String keyUrl = "https://readiness.example.org/keys/" + KEYS.keyId();
        JWSHeader header = SignedJWT.parse(signer.sign(OpenBadgeCredentialTest.sample(), keyUrl)).getHeader();

        assertThat(header.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(header.getType()).isEqualTo(new JOSEObjectType("vc+jwt"));
        assertThat(header.getKeyID()).isEqualTo(keyUrl);
    }

    @Test
    void thePayloadIsTheCredentialItselfNotAVcClaim() throws Exception {
        Map<String, Object> credential = OpenBadgeCredentialTest.sample();
        Map<String, Object> payload = SignedJWT.parse(signer.sign(credential)).getJWTClaimsSet().toJSONObject();

        assertThat(payload).doesNotContainKey("vc");
        credential.forEach((key, value) -> assertThat(payload).containsEntry(key, value));
    }

    /** Acceptance 6: a token as we issued them before (vc claim, typ JWT, bare thumbprint) still verifies. */
    @Test
    void aCredentialIssuedBeforeThePayloadChangeStillVerifies() throws Exception {
        Map<String, Object> credential = OpenBadgeCredentialTest.sample();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("vc", credential).issuer("https://readiness.example.org/issuer")
                .jwtID((String) credential.get("id")).build();
        SignedJWT old = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(KEYS.keyId()).build(), claims);
        old.sign(new com.nimbusds.jose.crypto.RSASSASigner(KEYS.privateKey()));

        assertThat(signer.verify(old.serialize())).isEqualTo(credential);
        assertThat(com.nimbusds.jose.jwk.JWKSet.parse(KEYS.jwks()).getKeyByKeyId(KEYS.keyId())).isNotNull();
    }

    @Test
    void registeredClaimsRepeatTheCredential() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(signer.sign(OpenBadgeCredentialTest.sample())).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("https://readiness.example.org/issuer");
        assertThat(claims.getJWTID()).isEqualTo("https://readiness.example.org/certificates/7KQ4XM9ZTB2P");
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:6f1c2a8e-5a0b-4c1e-9d8a-3b7f0e2d4c61");
        assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(Instant.parse("2025-03-12T09:30:15Z")));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(Instant.parse("2028-03-12T23:59:59Z")));
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getStringClaim("name")).isEqualTo("CTHB pre-deployment training");
    }

    @Test
    void rejectsAChangedPayload() {
        String[] parts = signer.sign(OpenBadgeCredentialTest.sample()).split("\\.");
        String payload = Base64URL.from(parts[1]).decodeToString()
                .replace("CTHB pre-deployment training", "CTHB instructor certification");
        String forged = parts[0] + "." + Base64URL.encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> signer.verify(forged))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("signature does not match");
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        String foreign = new CredentialSigner(SigningKeys.generate()).sign(OpenBadgeCredentialTest.sample());

        assertThatThrownBy(() -> signer.verify(foreign))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("signature does not match");
    }

    @Test
    void rejectsAnUnsignedToken() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(signer.sign(OpenBadgeCredentialTest.sample())).getJWTClaimsSet();
        String unsigned = new PlainJWT(claims).serialize();

        assertThat(unsigned).endsWith(".");
        assertThatThrownBy(() -> signer.verify(unsigned)).isInstanceOf(InvalidCredential.class);
    }

    @Test
    void rejectsAnUnsignedTokenWithAFakeSignatureAttached() throws Exception {
        String[] parts = signer.sign(OpenBadgeCredentialTest.sample()).split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();

        assertThatThrownBy(() -> signer.verify(none + "." + parts[1] + "." + parts[2]))
                .isInstanceOf(InvalidCredential.class);
    }

    @Test
    void rejectsHmacKeyedWithOurPublicKey() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(signer.sign(OpenBadgeCredentialTest.sample())).getJWTClaimsSet();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID(KEYS.keyId()).build(), claims);
        forged.sign(new MACSigner(KEYS.publicKey().toRSAPublicKey().getEncoded()));

        assertThatThrownBy(() -> signer.verify(forged.serialize()))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("HS256");
    }

    @Test
    void rejectsTextThatIsNotAToken() {
        assertThatThrownBy(() -> signer.verify("7KQ-4XM-9ZT-B2P")).isInstanceOf(InvalidCredential.class);
        assertThatThrownBy(() -> signer.verify(null)).isInstanceOf(InvalidCredential.class);
    }
}
