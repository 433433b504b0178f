package org.cthb.readiness.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

/**
 * Signs Open Badges 3.0 credentials as VC-JWT (compact JWS, RS256) and verifies the ones we signed.
 *
 * <p>The registered claims repeat what the credential says ({@code iss} = issuer id, {@code jti} = credential id,
 * {@code sub} = subject id, {@code nbf}/{@code exp} = validFrom/validUntil) because JWT libraries check those and
 * never look inside {@code vc}.
 */
public final class CredentialSigner {

    private final SigningKeys keys;
    private final Clock clock;

    public CredentialSigner(SigningKeys keys) {
        this(keys, Clock.systemUTC());
    }

    CredentialSigner(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The credential (as built by {@link OpenBadgeCredential}) as a compact JWS. */
    public String sign(Map<String, Object> credential) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .claim("vc", credential)
                .issuer(idOf(credential.get("issuer")))
                .jwtID(text(credential, "id"))
                .subject(idOf(credential.get("credentialSubject")))
                .notBeforeTime(date(text(credential, "validFrom")))
                .issueTime(Date.from(clock.instant()));
        if (credential.get("validUntil") instanceof String validUntil) {
            claims.expirationTime(date(validUntil));
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT).keyID(keys.keyId()).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the credential", e);
        }
        return jwt.serialize();
    }

    /**
     * The credential inside {@code token}, if we signed it and nobody changed it since. Only RS256 is accepted, so a
     * token cannot pick a weaker algorithm ({@code none}, or HMAC keyed with our public key). Expiry and revocation
     * are not checked here: an expired or revoked certificate still verifies, and the caller reports its status.
     *
     * @throws InvalidCredential when the token is not one of ours, intact
     */
    public Map<String, Object> verify(String token) {
        SignedJWT jwt = parse(token);
        JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
        if (!JWSAlgorithm.RS256.equals(algorithm)) {
            throw new InvalidCredential("The credential is signed with " + algorithm + ", not RS256.");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(keys.publicKey()))) {
                throw new InvalidCredential("The signature does not match: the credential was altered or is not ours.");
            }
            Map<String, Object> credential = jwt.getJWTClaimsSet().getJSONObjectClaim("vc");
            if (credential == null) {
                throw new InvalidCredential("The token holds no credential (no vc claim).");
            }
            return credential;
        } catch (JOSEException | ParseException e) {
            throw new InvalidCredential("The credential cannot be verified.", e);
        }
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidCredential("Not a signed credential (compact JWS).", e);
        }
    }

    private static String idOf(Object node) {
        if (node instanceof String id) {
            return id;
        }
        if (node instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        throw new IllegalArgumentException("the credential has no issuer or subject id");
    }

    private static String text(Map<String, Object> credential, String key) {
        if (credential.get(key) instanceof String value) {
            return value;
        }
        throw new IllegalArgumentException("the credential has no " + key);
    }

    private static Date date(String timestamp) {
        return Date.from(OffsetDateTime.parse(timestamp).toInstant());
    }
}
