package org.cthb.readiness.certificate;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Certificates as JSON: public verification and status list, the holder's list, PDF, credential, revocation. */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    static final String VC_JWT = "application/vc+jwt";

    /** Why a certificate is revoked; verifiers read it. */
    public record Revocation(String reason) {
    }

    @Inject
    CertificateService certificates;
    @Inject
    CertificateVerification verification;
    @Inject
    PageContext page;
    @Inject
    HttpServerRequest request;

    @GET
    @Path("/mine")
    @Authenticated
    @Operation(summary = "The caller's certificates, newest first")
    public List<CertificateView> mine() {
        return certificates.mine(page.locale());
    }

    @GET
    @Path("/status-list")
    @PermitAll
    @Produces(VC_JWT)
    @Operation(summary = "The signed Bitstring Status List credential that records revocations")
    public String statusList() {
        return certificates.statusList();
    }

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(summary = "Verify a certificate: VALID, EXPIRED or REVOKED, with holder, nation, standard and dates")
    public CertificateView verify(@PathParam("number") String number) {
        return verification.verify(number, Addresses.of(request), page.locale());
    }

    @GET
    @Path("/{number}/credential")
    @Authenticated
    @Produces(VC_JWT)
    @Operation(summary = "The Open Badges 3.0 credential, signed as a VC-JWT (RS256)")
    public String credential(@PathParam("number") String number) {
        return certificates.credential(number);
    }

    @GET
    @Path("/{number}/pdf")
    @Authenticated
    @Produces("application/pdf")
    @Operation(summary = "The printable certificate; lang=en or fr")
    public Response pdf(@PathParam("number") String number, @QueryParam("lang") String lang) {
        byte[] pdf = certificates.pdf(number, lang == null ? page.lang() : lang);
        // no-store: the PDF prints the status of the day it is made, so a cached copy could outlive a revocation.
        return Response.ok(pdf).header("Content-Disposition",
                "inline; filename=\"certificate-" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{number}/revoke")
    @RolesAllowed({Role.ADMIN_NAME, Role.OFFICER_NAME})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a certificate, with a mandatory reason")
    public CertificateView revoke(@PathParam("number") String number, Revocation revocation) {
        return certificates.revoke(number, revocation == null ? null : revocation.reason(), page.locale());
    }
}
