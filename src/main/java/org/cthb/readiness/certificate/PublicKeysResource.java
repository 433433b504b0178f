package org.cthb.readiness.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.web.PublicAddress;

import java.util.List;
import java.util.Map;

/** What a verifier fetches to check our credentials: the public signing key and the issuer's profile. */
@Path("/")
@PermitAll
public class PublicKeysResource {

    @Inject
    CertificateKeys keys;
    @Inject
    Credentials credentials;
    @Inject
    PublicAddress publicAddress;

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return keys.jwks();
    }

    /** The Open Badges issuer profile that every credential's {@code issuer.id} points to. */
    @GET
    @Path("issuer")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> issuer() {
        return Map.of("@context", List.of("https://www.w3.org/ns/credentials/v2",
                        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
                "id", credentials.issuerId(), "type", List.of("Profile"), "name", Credentials.ISSUER_NAME,
                "url", publicAddress.base());
    }
}
