package org.cthb.readiness.recognition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A nation's trusted issuers as JSON: officers of the nation and administrators keep them. */
@Path("/api/nations/{iso3}/trusted-issuers")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class TrustedIssuerResource {

    @Inject
    TrustedIssuers issuers;

    @GET
    @Operation(summary = "The issuers whose credentials the nation recognises, with their keys and achievement mapping")
    public List<TrustedIssuers.Entry> list(@PathParam("iso3") String iso3) {
        return issuers.list(iso3);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trust an issuer (or replace its entry): issuerId (DID or URL), name, publicKeys (public "
            + "JWKs; keys are never fetched) and achievements (achievement id to our module ids)")
    public TrustedIssuers.Entry save(@PathParam("iso3") String iso3, TrustedIssuers.Entry entry) {
        return issuers.save(iso3, entry);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Stop trusting an issuer; modules already recognised stay until revoked")
    public void remove(@PathParam("iso3") String iso3, @PathParam("id") long id) {
        issuers.remove(iso3, id);
    }
}
