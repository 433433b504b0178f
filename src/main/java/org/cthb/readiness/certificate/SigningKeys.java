package org.cthb.readiness.certificate;

import org.cthb.readiness.security.SecretFiles;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * The service's RSA key pair for signing credentials, kept in a JWK file so that every restart and every instance
 * sharing the file signs with the same key, and credentials issued yesterday still verify today.
 */
public final class SigningKeys {

    public static final int MINIMUM_BITS = 2048;

    private final RSAKey key;
    private final EdDsaKey eddsa;

    /** Wraps a private RSA key, identified by its RFC 7638 thumbprint whatever {@code kid} it came with. */
    public SigningKeys(RSAKey key) {
        if (!key.isPrivate() || key.size() < MINIMUM_BITS) {
            throw new IllegalArgumentException(
                    "a signing key is a private RSA key of at least " + MINIMUM_BITS + " bits");
        }
        try {
            this.key = new RSAKey.Builder(key).keyID(key.computeThumbprint().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the key thumbprint", e);
        }
        this.eddsa = EdDsaKey.derivedFrom(key.getPrivateExponent().decode());
    }

    /** Reads the key pair from {@code file}, or creates it there (readable by the owner only) if it is missing. */
    public static SigningKeys loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                SecretFiles.createOnce(file, () -> newKey().toJSONString());
            }
            return new SigningKeys(JWK.parse(Files.readString(file)).toRSAKey());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + file, e);
        } catch (ParseException | ClassCastException e) {
            throw new IllegalStateException("the signing key " + file + " is not an RSA JWK", e);
        }
    }

    /** A fresh key that is never saved, for tests and throw-away setups. */
    public static SigningKeys generate() {
        return new SigningKeys(newKey());
    }

    /** The {@code kid} put in every signature header. */
    public String keyId() {
        return key.getKeyID();
    }

    /** The private key, for signing; it never leaves this package. */
    RSAKey privateKey() {
        return key;
    }

    /** The Ed25519 key for Data Integrity proofs, derived from this RSA key (see {@link EdDsaKey}). */
    EdDsaKey eddsa() {
        return eddsa;
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    /** The public JWK Set JSON to publish, e.g. at {@code /.well-known/jwks.json}. */
    public String jwks() {
        return new JWKSet(publicKey()).toString(true);
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(MINIMUM_BITS).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }
}
