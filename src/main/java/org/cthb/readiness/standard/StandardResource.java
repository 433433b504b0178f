package org.cthb.readiness.standard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Minimum standards as JSON: NATO's baseline (ADMIN edits it) and each nation's overlay (its officers edit it). */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class StandardResource {

    /** An edit: the version it was based on (0 for a nation's first overlay), a note, and the requirements. */
    public record StandardEdit(Integer basedOn, String note, JsonNode roles) {
    }

    @Inject
    Standards standards;
    @Inject
    CurrentAccount account;

    @GET
    @Path("/standards/baseline")
    @RolesAllowed("**")
    @Operation(summary = "The current NATO baseline: per deployment role, modules, pass mark, validity, grace window")
    public Standards.Version baseline() {
        return standards.baseline();
    }

    @GET
    @Path("/standards/baseline/versions")
    @RolesAllowed("**")
    @Operation(summary = "Every version of the baseline, newest first")
    public List<Standards.Version> baselineHistory() {
        return standards.baselineHistory();
    }

    @GET
    @Path("/standards/baseline/versions/{version}")
    @RolesAllowed("**")
    @Operation(summary = "One version of the baseline, as a certificate names it")
    public Standards.Version baselineVersion(@PathParam("version") int version) {
        return standards.baselineVersion(version);
    }

    @PUT
    @Path("/standards/baseline")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Save a new baseline version; 409 when basedOn is not the current version")
    public Standards.Version saveBaseline(StandardEdit edit) {
        return standards.saveBaseline(basedOn(edit), edit.roles(), edit.note(), account.name());
    }

    @GET
    @Path("/nations/{iso3}/standard")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The nation's standard: baseline, overlay and the effective requirement per role")
    public Standards.NationStandard nation(@PathParam("iso3") String iso3) {
        return standards.ofNation(iso3);
    }

    @GET
    @Path("/nations/{iso3}/standard/versions")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Every version of the nation's overlay, newest first")
    public List<Standards.Version> overlayHistory(@PathParam("iso3") String iso3) {
        return standards.overlayHistory(iso3);
    }

    @PUT
    @Path("/nations/{iso3}/standard")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Save the nation's next overlay version; refused, naming it, when it weakens the baseline")
    public Standards.Version saveOverlay(@PathParam("iso3") String iso3, StandardEdit edit) {
        return standards.saveOverlay(iso3, basedOn(edit), edit.roles(), edit.note(), account.name());
    }

    private static int basedOn(StandardEdit edit) {
        if (edit == null) {
            throw new InvalidInput("body", "send the standard as JSON: {\"basedOn\": n, \"note\": \"...\", \"roles\": {...}}");
        }
        if (edit.basedOn() == null) {
            throw new InvalidInput("basedOn", "basedOn is required: the version you started from (0 for none)");
        }
        return edit.basedOn();
    }
}
