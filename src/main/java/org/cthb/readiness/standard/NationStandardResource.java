package org.cthb.readiness.standard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** A nation's minimum standard as JSON: its officers (and ADMIN) read it and save overlay versions. */
@Path("/api/nations/{iso3}/standard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class NationStandardResource {

    @Inject
    Standards standards;
    @Inject
    CurrentAccount account;

    @GET
    @Operation(summary = "The nation's standard: baseline, overlay and the effective requirement per role")
    public Standards.NationStandard nation(@PathParam("iso3") String iso3) {
        return standards.ofNation(iso3);
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the nation's overlay, newest first")
    public List<Standards.Version> overlayHistory(@PathParam("iso3") String iso3) {
        return standards.overlayHistory(iso3);
    }

    @PUT
    @Operation(summary = "Save the nation's next overlay version; refused, naming it, when it weakens the baseline")
    public Standards.Version saveOverlay(@PathParam("iso3") String iso3, StandardEdit edit) {
        return standards.saveOverlay(iso3, StandardResource.basedOn(edit), edit.roles(), edit.note(), account.name());
    }
}
