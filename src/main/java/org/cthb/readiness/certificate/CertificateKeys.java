package org.cthb.readiness.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
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

    String sign(Map<String, Object> credential) {
        return signer.sign(credential);
    }
}
