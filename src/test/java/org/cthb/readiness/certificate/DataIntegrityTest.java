package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataIntegrityTest {

    private static final EdDsaKey KEY = EdDsaKey.generate();
    private static final String DID = "did:web:readiness.example.org";
    private static final String METHOD = DidWeb.verificationMethod(DID, KEY);
    private static final Instant CREATED = Instant.parse("2025-03-12T10:00:00Z");

    @Test
    void signedCredentialCarriesAnEddsaRdfc2022ProofThatVerifies() {
        Map<String, Object> signed = DataIntegrity.sign(credential(), KEY, METHOD, CREATED);

        @SuppressWarnings("unchecked")
        Map<String, Object> proof = (Map<String, Object>) signed.get("proof");
        assertThat(proof).containsEntry("type", "DataIntegrityProof").containsEntry("cryptosuite", "eddsa-rdfc-2022")
                .containsEntry("proofPurpose", "assertionMethod").containsEntry("verificationMethod", METHOD)
                .containsEntry("created", "2025-03-12T10:00:00Z");
        assertThat((String) proof.get("proofValue")).startsWith("z");
        assertThat(DataIntegrity.verify(signed, this::key)).isEqualTo(METHOD);
    }

    @Test
    void anyChangeToTheCredentialOrTheProofBreaksTheSignature() {
        Map<String, Object> signed = DataIntegrity.sign(credential(), KEY, METHOD, CREATED);

        Map<String, Object> renamed = new LinkedHashMap<>(signed);
        renamed.put("name", "CTHB instructor certification");
        assertThatThrownBy(() -> DataIntegrity.verify(renamed, this::key))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("signature does not match");

        Map<String, Object> backdated = new LinkedHashMap<>(signed);
        @SuppressWarnings("unchecked")
        Map<String, Object> proof = new LinkedHashMap<>((Map<String, Object>) signed.get("proof"));
        proof.put("created", "2020-01-01T00:00:00Z");
        backdated.put("proof", proof);
        assertThatThrownBy(() -> DataIntegrity.verify(backdated, this::key))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("signature does not match");
    }

    @Test
    void anotherKeyDoesNotVerify() {
        Map<String, Object> signed = DataIntegrity.sign(credential(), EdDsaKey.generate(), METHOD, CREATED);

        assertThatThrownBy(() -> DataIntegrity.verify(signed, this::key))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("signature does not match");
    }

    @Test
    void anUnknownContextIsRefusedRatherThanFetched() {
        Map<String, Object> credential = credential();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://evil.example/ctx.json"));

        assertThatThrownBy(() -> DataIntegrity.sign(credential, KEY, METHOD, CREATED))
                .isInstanceOf(InvalidCredential.class).hasMessageContaining("https://evil.example/ctx.json");
    }

    @Test
    void theKeyDerivedFromOneSecretIsAlwaysTheSameAndItsMultikeyRoundTrips() {
        byte[] secret = "a signing key's private exponent".getBytes();
        EdDsaKey once = EdDsaKey.derivedFrom(secret);
        EdDsaKey again = EdDsaKey.derivedFrom(secret);

        assertThat(once.publicKeyMultibase()).isEqualTo(again.publicKeyMultibase()).startsWith("z6Mk");
        assertThat(EdDsaKey.fromMultibase(once.publicKeyMultibase())).isEqualTo(once.publicKey());
        assertThat(EdDsaKey.derivedFrom("another secret".getBytes()).publicKeyMultibase())
                .isNotEqualTo(once.publicKeyMultibase());
    }

    @Test
    void didWebNamesHostPortAndPath() {
        assertThat(DidWeb.of("https://lms.example.org/")).isEqualTo("did:web:lms.example.org");
        assertThat(DidWeb.of("http://localhost:8080")).isEqualTo("did:web:localhost%3A8080");
        assertThat(DidWeb.of("https://example.org/cthb/lms")).isEqualTo("did:web:example.org:cthb:lms");
    }

    private byte[] key(String method) {
        assertThat(method).isEqualTo(METHOD);
        return EdDsaKey.fromMultibase(method.substring(method.indexOf('#') + 1));
    }

    private static Map<String, Object> credential() {
        Map<String, Object> credential = new LinkedHashMap<>(OpenBadgeCredential.builder()
                .id("https://readiness.example.org/api/certificates/7KQ4-XM9Z-TB2P")
                .issuer(DID, "CTHB Readiness", "https://readiness.example.org")
                .validity(Instant.parse("2025-03-12T09:30:15Z"), Instant.parse("2028-03-12T23:59:59Z"))
                .name("CTHB training certificate")
                .subject(java.util.UUID.fromString("6f1c2a8e-5a0b-4c1e-9d8a-3b7f0e2d4c61"))
                .achievement("https://readiness.example.org/standards/nato-cthb-baseline/1", "NATO CTHB baseline",
                        "Training.", "Passed.")
                .revocationEntry("https://readiness.example.org/api/certificates/status-lists/revocation", 4242)
                .build());
        return credential;
    }
}
