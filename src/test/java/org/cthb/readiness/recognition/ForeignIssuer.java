package org.cthb.readiness.recognition;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.cthb.readiness.certificate.BitstringStatusList;
import org.cthb.readiness.certificate.DataIntegrity;
import org.cthb.readiness.certificate.EdDsaKey;
import org.cthb.readiness.certificate.OpenBadgeCredential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A second issuer, as another nation's LMS would be: its own ES256 key (VC-JWT) and Ed25519 key (Data Integrity,
 * eddsa-rdfc-2022), issuing Open Badges 3.0 credentials, and serving its Bitstring Status List (a VC-JWT) from a
 * local HTTP server.
 */
final class ForeignIssuer implements AutoCloseable {

    final String id;
    final String name;
    private final ECKey ecKey;
    private final EdDsaKey edKey = EdDsaKey.generate();
    private final HttpServer server;
    private final Set<Integer> revoked = ConcurrentHashMap.newKeySet();
    private int nextIndex = 7;

    ForeignIssuer(String name) {
        this.id = "did:web:lms-" + UUID.randomUUID().toString().substring(0, 8) + ".other.example";
        this.name = name;
        try {
            this.ecKey = new ECKeyGenerator(Curve.P_256).keyID("es-1").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/status/1", exchange -> {
            byte[] body = statusList().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vc+jwt");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The public keys, as an officer pastes them into the trusted-issuer entry. */
    List<Map<String, Object>> publicJwks() {
        Map<String, Object> ed = new LinkedHashMap<>();
        ed.put("kty", "OKP");
        ed.put("crv", "Ed25519");
        ed.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(edKey.publicKey()));
        ed.put("kid", edKey.publicKeyMultibase());
        return List.of(ecKey.toPublicJWK().toJSONObject(), ed);
    }

    String statusListUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/status/1";
    }

    /** A credential for {@code achievement}, valid from yesterday until {@code until}, with a fresh status index. */
    Map<String, Object> credential(String achievement, Instant until) {
        Instant from = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        return OpenBadgeCredential.builder().id("urn:uuid:" + UUID.randomUUID()).issuer(id, name, null)
                .validity(until == null || until.isAfter(from) ? from : until.minus(2, ChronoUnit.DAYS), until)
                .name("Anti-trafficking awareness").subject(UUID.randomUUID())
                .achievement(achievement, "CTHB awareness", "Awareness of trafficking in human beings.", "Passed.")
                .revocationEntry(statusListUrl(), nextIndex++).build();
    }

    int indexOf(Map<String, Object> credential) {
        return Integer.parseInt((String) ((Map<?, ?>) credential.get("credentialStatus")).get("statusListIndex"));
    }

    void revoke(Map<String, Object> credential) {
        revoked.add(indexOf(credential));
    }

    /** As a VC-JWT (payload = credential, typ vc+jwt), signed with the issuer's ES256 key. */
    String jwt(Map<String, Object> credential) {
        return sign(credential, ecKey);
    }

    /** As a VC-JWT whose only expiry is the JWT's {@code exp} claim (as VC 1.1 JWTs carry it). */
    String jwtExpiring(Map<String, Object> credential, Instant exp) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(id).expirationTime(java.util.Date.from(exp));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
                .keyID(id + "#es-1").build(), claims.build());
        try {
            jwt.sign(new ECDSASigner(ecKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same, signed by a key that is not the issuer's. */
    String jwtSignedByAnother(Map<String, Object> credential) {
        try {
            return sign(credential, new ECKeyGenerator(Curve.P_256).keyID("es-1").generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** With an embedded eddsa-rdfc-2022 proof by the issuer's Ed25519 key. */
    Map<String, Object> withProof(Map<String, Object> credential) {
        Map<String, Object> unsigned = new LinkedHashMap<>(credential);
        unsigned.remove("credentialSchema");
        return DataIntegrity.sign(unsigned, edKey, id + "#" + edKey.publicKeyMultibase(), Instant.now());
    }

    private String statusList() {
        BitstringStatusList list = new BitstringStatusList();
        revoked.forEach(list::set);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", statusListUrl() + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", list.encode());
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", statusListUrl());
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", id);
        credential.put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("credentialSubject", subject);
        return sign(credential, ecKey);
    }

    private String sign(Map<String, Object> credential, ECKey key) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        claims.issuer(id);
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("vc+jwt"))
                .keyID(id + "#es-1").build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
