package org.cthb.readiness.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.lti.LaunchRefused.Reason;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks a platform's {@code id_token} as LTI 1.3 Core 5.1.3 and the 1EdTech Security Framework 5.1.3 ask: signed
 * (never {@code alg: none}) by a key of the platform's key set, issued by the platform, for our client id, of the
 * registered deployment, not expired, and carrying the nonce of this login.
 */
@ApplicationScoped
public class IdTokenVerifier {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    /** Clocks differ a little between platform and tool. */
    private static final Duration SKEW = Duration.ofMinutes(1);
    /** A token issued longer ago than this is stale even if its exp says otherwise. */
    private static final Duration MAX_AGE = Duration.ofHours(1);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.PS256);

    @Inject
    PlatformKeys keys;

    JWTClaimsSet verify(String idToken, LtiPlatform platform, String expectedNonce) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(idToken);
        } catch (ParseException e) {
            throw new LaunchRefused(Reason.MALFORMED, "id_token is not a JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new LaunchRefused(Reason.UNSIGNED, "id_token is not signed (alg " + jwt.getHeader().getAlgorithm() + ")");
        }
        if (!ALGORITHMS.contains(signed.getHeader().getAlgorithm())) {
            throw new LaunchRefused(Reason.UNSIGNED, "id_token alg " + signed.getHeader().getAlgorithm() + " is not allowed");
        }
        JWTClaimsSet unverified;
        try {
            unverified = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LaunchRefused(Reason.MALFORMED, "id_token claims are not JSON");
        }
        // The issuer first: a token of another platform is refused as such, before its keys are looked for.
        if (!platform.issuer.equals(unverified.getIssuer())) {
            throw new LaunchRefused(Reason.ISSUER, "iss " + unverified.getIssuer() + " is not " + platform.issuer);
        }
        JWTClaimsSet claims = checkSignature(signed, platform);
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(platform.clientId)) {
            throw new LaunchRefused(Reason.AUDIENCE, "aud " + audience + " does not hold " + platform.clientId);
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !platform.clientId.equals(azp)) {
            throw new LaunchRefused(Reason.AUDIENCE, "azp " + azp + " is not " + platform.clientId);
        }
        Instant now = Instant.now();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || exp.toInstant().plus(SKEW).isBefore(now)) {
            throw new LaunchRefused(Reason.EXPIRED, "exp " + exp);
        }
        if (iat == null || iat.toInstant().minus(SKEW).isAfter(now) || iat.toInstant().plus(MAX_AGE).isBefore(now)) {
            throw new LaunchRefused(Reason.EXPIRED, "iat " + iat);
        }
        Object nonce = claims.getClaim("nonce");
        if (expectedNonce == null || !expectedNonce.equals(nonce)) {
            throw new LaunchRefused(Reason.NONCE, "nonce does not match this login");
        }
        Object deployment = claims.getClaim(CLAIM + "deployment_id");
        if (deployment == null || !platform.deployments().contains(deployment.toString())) {
            throw new LaunchRefused(Reason.DEPLOYMENT, "deployment_id " + deployment + " is not registered");
        }
        if (!"1.3.0".equals(claims.getClaim(CLAIM + "version"))) {
            throw new LaunchRefused(Reason.MESSAGE_TYPE, "version " + claims.getClaim(CLAIM + "version"));
        }
        return claims;
    }

    private JWTClaimsSet checkSignature(SignedJWT signed, LtiPlatform platform) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys.of(platform)));
        // Claims are checked by the caller, each with its own reason.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        try {
            return processor.process(signed, null);
        } catch (KeySourceException e) {
            throw new LaunchRefused(Reason.KEYS_UNAVAILABLE, "key set " + platform.jwksUrl + ": " + e.getMessage());
        } catch (BadJOSEException | JOSEException e) {
            throw new LaunchRefused(Reason.SIGNATURE, e.getMessage());
        }
    }
}
