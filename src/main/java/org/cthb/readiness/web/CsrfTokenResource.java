package org.cthb.readiness.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Hands a script that uses the session cookie the CSRF token (and its cookie) that its state-changing requests need,
 * the same token pages put in their forms: send it back as the header named here together with the cookie. Scripts
 * that send their own credentials (Basic or Bearer) need no token.
 */
@Path("/api/csrf")
@PermitAll
public class CsrfTokenResource {

    /** The header to send and the token to put in it. */
    public record CsrfToken(String header, String token) {
    }

    @Inject
    CsrfTokens csrf;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A CSRF token for requests authenticated by the session cookie, with its cookie")
    public CsrfToken token() {
        return new CsrfToken(csrf.getHeaderName(), csrf.getToken());
    }
}
