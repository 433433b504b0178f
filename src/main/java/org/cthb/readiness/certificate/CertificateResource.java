package org.cthb.readiness.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Certificates as JSON: public verification and status list, the holder's list, PDF, credential, revocation. */
@Path("/api/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    static final String VC_JWT = "application/vc+jwt";
    /** VC Data Model 2.0's media type of a credential secured with an embedded proof. */
    static final String VC = "application/vc";
    static final String JSON_LD = "application/ld+json";
    static final String JWT_FORMAT = "jwt";
    static final String DATA_INTEGRITY_FORMAT = "data-integrity";

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
    @Inject
    ObjectMapper json;

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
    @Produces({VC_JWT, VC, JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "The status list of credentials issued before the did:web issuer: JSON-LD with a Data "
            + "Integrity proof, or a VC-JWT for Accept: application/vc+jwt")
    public Response legacyStatusList(@Context HttpHeaders headers) {
        return statusList(headers, true);
    }

    @GET
    @Path("/status-lists/revocation")
    @PermitAll
    @Produces({VC_JWT, VC, JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "The signed Bitstring Status List credential that records revocations: JSON-LD with a "
            + "Data Integrity proof, or a VC-JWT for Accept: application/vc+jwt")
    public Response statusList(@Context HttpHeaders headers) {
        return statusList(headers, false);
    }

    private Response statusList(HttpHeaders headers, boolean legacy) {
        String type = negotiate(headers);
        Object body = VC_JWT.equals(type) ? certificates.statusList(legacy)
                : write(certificates.statusListWithProof(legacy));
        // Any web page may read the list (a verifier or wallet running in a browser), and must re-check it.
        return Response.ok(body, type).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "no-cache").build();
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
    @Produces({VC_JWT, VC, JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "The Open Badges 3.0 credential: format=jwt (default) a VC-JWT (RS256), "
            + "format=data-integrity the JSON-LD credential with an eddsa-rdfc-2022 proof and a did:web issuer")
    public Response credential(@PathParam("number") String number, @QueryParam("format") String format) {
        String safe = number.replaceAll("[^A-Za-z0-9-]", "");
        if (format == null || format.isBlank() || JWT_FORMAT.equals(format)) {
            return Response.ok(certificates.credential(number), VC_JWT)
                    .header("Content-Disposition", "attachment; filename=\"certificate-" + safe + ".jwt\"").build();
        }
        if (DATA_INTEGRITY_FORMAT.equals(format)) {
            return Response.ok(write(certificates.credentialWithProof(number)), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"certificate-" + safe + ".json\"").build();
        }
        throw new InvalidInput("format", "The format is " + JWT_FORMAT + " or " + DATA_INTEGRITY_FORMAT + ".");
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

    /** The JSON media type the client asked for first, or the VC-JWT one if it prefers that; JSON by default. */
    static String negotiate(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            String type = accepted.getType() + "/" + accepted.getSubtype();
            if (VC_JWT.equals(type)) {
                return VC_JWT;
            }
            if (VC.equals(type) || JSON_LD.equals(type) || MediaType.APPLICATION_JSON.equals(type)) {
                return type;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
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
