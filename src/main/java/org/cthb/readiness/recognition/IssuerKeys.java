package org.cthb.readiness.recognition;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.cthb.readiness.certificate.DataIntegrity;
import org.cthb.readiness.certificate.EdDsaKey;
import org.cthb.readiness.certificate.InvalidCredential;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public keys of a trusted issuer, as the officer configured them (JWKs: EC P-256, Ed25519, RSA), and the
 * signature checks made with them. Nothing is fetched: a {@code did:key} issuer's key is read from the DID itself;
 * any other issuer's keys come from its trusted-issuer entry, so a {@code did:web} document or a {@code kid} URL
 * is never dereferenced at run time.
 */
final class IssuerKeys {

    private static final List<JWSAlgorithm> ACCEPTED = List.of(JWSAlgorithm.ES256, JWSAlgorithm.EdDSA,
            JWSAlgorithm.Ed25519, JWSAlgorithm.RS256);

    private final String issuerId;
    private final List<JWK> keys;

    private IssuerKeys(String issuerId, List<JWK> keys) {
        this.issuerId = issuerId;
        this.keys = keys;
    }

    static IssuerKeys of(String issuerId, String jwksJson) {
        return new IssuerKeys(issuerId, parse(jwksJson));
    }

    /**
     * The JWKs of a JSON array, each public and of a kind we verify with.
     *
     * @throws IllegalArgumentException naming the key at fault
     */
    static List<JWK> parse(String jwksJson) {
        List<Object> array;
        try {
            array = com.nimbusds.jose.util.JSONArrayUtils.parse(jwksJson == null ? "" : jwksJson);
        } catch (ParseException e) {
            throw new IllegalArgumentException("publicKeys must be a JSON array of JWKs: " + e.getMessage());
        }
        List<JWK> keys = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof Map<?, ?> object)) {
                throw new IllegalArgumentException("publicKeys[" + i + "] is not a JSON object");
            }
            JWK key;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> json = (Map<String, Object>) object;
                key = JWK.parse(json);
            } catch (ParseException e) {
                throw new IllegalArgumentException("publicKeys[" + i + "] is not a JWK: " + e.getMessage());
            }
            if (key.isPrivate()) {
                throw new IllegalArgumentException("publicKeys[" + i + "] holds a private key; give the public half only");
            }
            boolean usable = key instanceof RSAKey || (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()))
                    || (key instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve()));
            if (!usable) {
                throw new IllegalArgumentException("publicKeys[" + i + "] must be an EC P-256, Ed25519 (OKP) or RSA key");
            }
            keys.add(key);
        }
        return keys;
    }

    /** Whether a key of the entry (the one its {@code kid} names when one does) signed the JWT. */
    void verify(SignedJWT jwt) {
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!ACCEPTED.contains(algorithm)) {
            throw new ForeignCredentialException(Refusal.BAD_SIGNATURE, "the algorithm " + algorithm
                    + " is not accepted (ES256, EdDSA, RS256)");
        }
        String kid = jwt.getHeader().getKeyID();
        List<JWK> named = keys.stream().filter(k -> kid != null && (kid.equals(k.getKeyID())
                || kid.endsWith("#" + k.getKeyID()))).toList();
        for (JWK key : named.isEmpty() ? keys : named) {
            if (verifies(jwt, key, algorithm)) {
                return;
            }
        }
        throw new ForeignCredentialException(Refusal.BAD_SIGNATURE, "no trusted key of " + issuerId
                + " verifies the JWT (kid " + kid + ")");
    }

    private static boolean verifies(SignedJWT jwt, JWK key, JWSAlgorithm algorithm) {
        try {
            if (key instanceof OctetKeyPair okp && (JWSAlgorithm.EdDSA.equals(algorithm)
                    || JWSAlgorithm.Ed25519.equals(algorithm))) {
                // Nimbus verifies Ed25519 only with Tink; the JDK's Ed25519 does the same check.
                return EdDsaKey.verify(okp.getDecodedX(), jwt.getSigningInput(), jwt.getSignature().decode());
            }
            JWSVerifier verifier;
            if (key instanceof ECKey ec && JWSAlgorithm.ES256.equals(algorithm)) {
                verifier = new ECDSAVerifier(ec);
            } else if (key instanceof RSAKey rsa && JWSAlgorithm.RS256.equals(algorithm)) {
                verifier = new RSASSAVerifier(rsa);
            } else {
                return false;
            }
            return jwt.verify(verifier);
        } catch (JOSEException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Checks the embedded {@code eddsa-rdfc-2022} proof: the verification method must belong to the issuer (its
     * DID, then {@code #}); the key is the DID's own for {@code did:key}, else an Ed25519 key of the entry.
     */
    void verify(Map<String, Object> document) {
        List<byte[]> candidates = new ArrayList<>();
        if (issuerId.startsWith("did:key:")) {
            candidates.add(EdDsaKey.fromMultibase(issuerId.substring("did:key:".length())));
        }
        keys.stream().filter(k -> k instanceof OctetKeyPair).map(k -> ((OctetKeyPair) k).getDecodedX())
                .forEach(candidates::add);
        InvalidCredential last = new InvalidCredential("no Ed25519 key is configured for " + issuerId);
        for (byte[] key : candidates) {
            try {
                DataIntegrity.verify(document, method -> {
                    if (!method.startsWith(issuerId + "#")) {
                        throw new InvalidCredential("the proof's verification method " + method
                                + " does not belong to the issuer " + issuerId);
                    }
                    return key;
                });
                return;
            } catch (InvalidCredential e) {
                if (e.getCause() instanceof com.apicatalog.jsonld.JsonLdError) {
                    throw new ForeignCredentialException(Refusal.UNREADABLE, e.getMessage(), e);
                }
                last = e;
            }
        }
        throw new ForeignCredentialException(Refusal.BAD_SIGNATURE, last.getMessage(), last);
    }
}
