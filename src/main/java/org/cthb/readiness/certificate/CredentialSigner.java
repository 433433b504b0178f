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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Signs Open Badges 3.0 credentials as VC-JWT (compact JWS, RS256) and verifies the ones we signed.
 *
 * <p>As Open Badges 3.0.3 (section 8.2) and W3C VC-JOSE-COSE want it, the payload is the credential itself and the
 * header says {@code typ: vc+jwt} with a {@code kid} URL that returns the one public JWK. The registered claims
 * repeat what the credential says ({@code iss} = issuer id, {@code jti} = credential id, {@code sub} = subject id,
 * {@code nbf}/{@code exp} = validFrom/validUntil) because JWT libraries check those.
 *
 * <p>Tokens issued before (the credential inside a {@code vc} claim, {@code typ: JWT}, the bare thumbprint as
 * {@code kid}) still verify: they are signed with the same key.
 */
public final class CredentialSigner {

    /** The media type of a credential secured as a JWT (VC-JOSE-COSE), also the JOSE {@code typ}. */
    public static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");
    /** The JWT claims we add beside the credential's own properties; never part of the credential. */
    private static final Set<String> REGISTERED = Set.of("iss", "jti", "sub", "nbf", "exp", "iat", "aud");

    private final SigningKeys keys;
    private final Clock clock;

    public CredentialSigner(SigningKeys keys) {
        this(keys, Clock.systemUTC());
    }

    CredentialSigner(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The credential (as built by {@link OpenBadgeCredential}) as a compact JWS whose kid is the thumbprint. */
    public String sign(Map<String, Object> credential) {
        return sign(credential, keys.keyId());
    }

    /**
     * The credential as a compact JWS: the payload is the credential and the registered claims, the header names
     * {@code keyUrl}, where verifiers fetch the public JWK.
     */
    public String sign(Map<String, Object> credential, String keyUrl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(idOf(credential.get("issuer")))
                .jwtID(text(credential, "id"))
                .notBeforeTime(date(text(credential, "validFrom")))
                .issueTime(Date.from(clock.instant()));
        if (credential.get("credentialSubject") != null) {
            claims.subject(idOf(credential.get("credentialSubject")));
        }
        if (credential.get("validUntil") instanceof String validUntil) {
            claims.expirationTime(date(validUntil));
        }
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(VC_JWT).keyID(keyUrl).build();
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
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Map<String, Object> wrapped = claims.getJSONObjectClaim("vc");
            if (wrapped != null) {
                return wrapped; // issued before Open Badges 3.0.3 alignment
            }
            Map<String, Object> credential = new LinkedHashMap<>(claims.toJSONObject());
            credential.keySet().removeAll(REGISTERED);
            if (!credential.containsKey("@context") || !credential.containsKey("credentialSubject")) {
                throw new InvalidCredential("The token holds no credential (neither the payload nor a vc claim).");
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
