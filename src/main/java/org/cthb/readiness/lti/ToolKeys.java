package org.cthb.readiness.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.security.SecretFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * Our tool's RSA key: signs deep-linking responses and the client assertions of grade posting. A key file of its
 * own (created like the credential signing key, owner-only, once even when instances start together), so that the
 * two uses can be rotated apart; its public half is published at {@code /lti/jwks}.
 */
@ApplicationScoped
@Startup
public class ToolKeys {

    @ConfigProperty(name = "cthb.lti.key-file", defaultValue = "data/lti-key.json")
    Path file;

    private RSAKey key;

    @PostConstruct
    void load() {
        try {
            SecretFiles.createOnce(file, () -> {
                try {
                    return new RSAKeyGenerator(2048).generate().toJSONString();
                } catch (JOSEException e) {
                    throw new IllegalStateException("cannot generate the LTI key", e);
                }
            });
            RSAKey read = JWK.parse(Files.readString(file)).toRSAKey();
            key = new RSAKey.Builder(read).keyID(read.computeThumbprint().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the LTI key " + file, e);
        } catch (ParseException | ClassCastException | JOSEException e) {
            throw new IllegalStateException("the LTI key " + file + " (cthb.lti.key-file) is not an RSA JWK", e);
        }
    }

    /** The public JWK Set that platforms fetch. */
    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** Signs claims with RS256 and our {@code kid}, as LTI's security framework asks. */
    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the LTI key", e);
        }
    }
}
