package org.cthb.readiness.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Hands scripts the CSRF token (and its cookie) that multipart uploads need, the same token pages put in
 * their forms: send it back as the header named here together with the cookie.
 */
@Path("/api/csrf")
@PermitAll
public class CsrfTokenResource {

    /** The header to send and the token to put in it. */
    public record CsrfToken(String header, String token) {
    }

    @Inject
    CsrfTokenParameterProvider csrf;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A CSRF token for form and multipart requests, with its cookie")
    public CsrfToken token() {
        return new CsrfToken(csrf.getHeaderName(), csrf.getToken());
    }
}
