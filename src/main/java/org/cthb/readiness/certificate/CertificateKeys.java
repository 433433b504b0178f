package org.cthb.readiness.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The service's signing key, read (or created) from the configured file on first use, and what it signs. */
@ApplicationScoped
public class CertificateKeys {

    @ConfigProperty(name = "cthb.certificate.signing-key-file", defaultValue = "data/signing-key.json")
    Path file;

    private SigningKeys keys;
    private CredentialSigner signer;

    @PostConstruct
    void load() {
        keys = SigningKeys.loadOrCreate(file);
        signer = new CredentialSigner(keys);
    }

    /** The public JWK Set that verifiers fetch from {@code /.well-known/jwks.json}. */
    public String jwks() {
        return keys.jwks();
    }

    /** The RFC 7638 thumbprint of the RSA key: the last segment of the {@code kid} URL. */
    public String keyId() {
        return keys.keyId();
    }

    /** The one public JWK that a {@code kid} URL returns. */
    public String jwk() {
        return keys.publicKey().toJSONString();
    }

    EdDsaKey eddsa() {
        return keys.eddsa();
    }

    String sign(Map<String, Object> credential, String keyUrl) {
        return signer.sign(credential, keyUrl);
    }

    Map<String, Object> verifyJwt(String token) {
        return signer.verify(token);
    }

    Map<String, Object> prove(Map<String, Object> document, String verificationMethod) {
        return DataIntegrity.sign(document, keys.eddsa(), verificationMethod, Instant.now());
    }
}
