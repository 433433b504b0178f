package org.cthb.readiness.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.web.PublicAddress;

import java.util.List;
import java.util.Map;

/**
 * What a verifier fetches to check our credentials: the public signing keys, our DID document and the issuer's
 * profile. Public, and readable from any web page (CORS), since verifiers and wallets may run in a browser.
 */
@Path("/")
@PermitAll
public class PublicKeysResource {

    static final String JWK = "application/jwk+json";

    @Inject
    CertificateKeys keys;
    @Inject
    Credentials credentials;
    @Inject
    PublicAddress publicAddress;

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        return open(keys.jwks());
    }

    /** The single public JWK that the {@code kid} URL of our VC-JWTs names (Open Badges 3.0.3, 8.2.4). */
    @GET
    @Path("keys/{kid}")
    @Produces({JWK, MediaType.APPLICATION_JSON})
    public Response key(@PathParam("kid") String kid) {
        if (!keys.keyId().equals(kid)) {
            throw new NotFound("kid", "No key " + kid + "; the key in use is listed at /.well-known/jwks.json.");
        }
        return open(keys.jwk());
    }

    /** The did:web DID document of our issuer: the Ed25519 key of the Data Integrity proofs. */
    @GET
    @Path(".well-known/did.json")
    @Produces({MediaType.APPLICATION_JSON, "application/did+json"})
    public Response didDocument() {
        return open(credentials.didDocument());
    }

    /** The Open Badges issuer profile that credentials issued before the DID name as {@code issuer.id}. */
    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issuer() {
        return open(Map.of("@context", List.of("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                "id", credentials.issuerId(), "type", List.of("Profile"), "name", Credentials.ISSUER_NAME,
                "url", publicAddress.base()));
    }

    private static Response open(Object body) {
        return Response.ok(body).header("Access-Control-Allow-Origin", "*").build();
    }
}
