package org.cthb.readiness.recognition;

import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A credential as uploaded, in either standard form: a VC-JWT (the credential as payload, or inside a {@code vc}
 * claim as VC 1.1 JWTs put it) or JSON-LD with an embedded Data Integrity proof.
 */
final class UploadedCredential {

    static final String JWT = "vc+jwt";
    static final String DATA_INTEGRITY = "data-integrity";
    /** JWT claims beside the credential's own properties. */
    private static final Set<String> REGISTERED = Set.of("iss", "jti", "sub", "nbf", "exp", "iat", "aud");

    private final String format;
    private final SignedJWT jwt;
    private final Map<String, Object> credential;
    private final String jwtIssuer;

    private UploadedCredential(String format, SignedJWT jwt, Map<String, Object> credential, String jwtIssuer) {
        this.format = format;
        this.jwt = jwt;
        this.credential = credential;
        this.jwtIssuer = jwtIssuer;
    }

    static UploadedCredential parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new ForeignCredentialException(Refusal.UNREADABLE, "the upload is empty");
        }
        if (trimmed.startsWith("{")) {
            try {
                return new UploadedCredential(DATA_INTEGRITY, null, StatusLists.read(trimmed), null);
            } catch (IOException e) {
                throw new ForeignCredentialException(Refusal.UNREADABLE, "not JSON: " + e.getMessage(), e);
            }
        }
        try {
            SignedJWT jwt = SignedJWT.parse(trimmed);
            Map<String, Object> claims = jwt.getJWTClaimsSet().toJSONObject();
            Map<String, Object> credential;
            if (claims.get("vc") instanceof Map<?, ?> wrapped) {
                @SuppressWarnings("unchecked")
                Map<String, Object> vc = new LinkedHashMap<>((Map<String, Object>) wrapped);
                credential = vc;
            } else {
                credential = new LinkedHashMap<>(claims);
                credential.keySet().removeAll(REGISTERED);
            }
            return new UploadedCredential(JWT, jwt, credential, jwt.getJWTClaimsSet().getIssuer());
        } catch (ParseException | RuntimeException e) {
            throw new ForeignCredentialException(Refusal.UNREADABLE, "neither JSON nor a compact JWS", e);
        }
    }

    String format() {
        return format;
    }

    Map<String, Object> credential() {
        return credential;
    }

    /**
     * When the credential stops being valid: the earlier of its {@code validUntil} (or VC 1.1 {@code expirationDate})
     * and, for a JWT, its {@code exp} claim; null when it never expires.
     */
    java.time.Instant validUntil() {
        java.time.Instant until = CredentialChecks.validUntil(credential);
        java.time.Instant exp = null;
        try {
            java.util.Date date = jwt == null ? null : jwt.getJWTClaimsSet().getExpirationTime();
            exp = date == null ? null : date.toInstant();
        } catch (ParseException e) {
            throw new ForeignCredentialException(Refusal.UNREADABLE, "the JWT's claims: " + e.getMessage(), e);
        }
        return until == null ? exp : exp == null || until.isBefore(exp) ? until : exp;
    }

    /** The issuer id: the credential's {@code issuer} (a string or an object's {@code id}), else the JWT's iss. */
    String issuerId() {
        Object issuer = credential.get("issuer");
        if (issuer instanceof String id) {
            return id;
        }
        if (issuer instanceof Map<?, ?> map && map.get("id") instanceof String id) {
            return id;
        }
        if (jwtIssuer != null) {
            return jwtIssuer;
        }
        throw new ForeignCredentialException(Refusal.NOT_OPEN_BADGE, "the credential names no issuer");
    }

    /** The credential once its signature verified with {@code keys}; the JWT's iss must agree with the issuer. */
    Map<String, Object> verifiedBy(String issuerId, IssuerKeys keys) {
        if (!issuerId.equals(issuerId())) {
            throw new ForeignCredentialException(Refusal.UNTRUSTED_ISSUER, "issued by " + issuerId()
                    + ", not " + issuerId);
        }
        if (jwt != null) {
            if (jwtIssuer != null && !jwtIssuer.equals(issuerId)) {
                throw new ForeignCredentialException(Refusal.BAD_SIGNATURE, "the JWT's iss " + jwtIssuer
                        + " is not the credential's issuer " + issuerId);
            }
            keys.verify(jwt);
        } else {
            keys.verify(credential);
        }
        return credential;
    }
}
