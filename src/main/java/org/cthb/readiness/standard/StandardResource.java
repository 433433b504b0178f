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
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** NATO's baseline minimum standard as JSON: anyone signed in reads it, ADMIN saves new versions. */
@Path("/api/standards/baseline")
@Produces(MediaType.APPLICATION_JSON)
public class StandardResource {

    @Inject
    Standards standards;
    @Inject
    CurrentAccount account;

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The current NATO baseline: per deployment role, modules, pass mark, validity, grace window")
    public Standards.Version baseline() {
        return standards.baseline();
    }

    @GET
    @Path("/versions")
    @RolesAllowed("**")
    @Operation(summary = "Every version of the baseline, newest first")
    public List<Standards.Version> baselineHistory() {
        return standards.baselineHistory();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed("**")
    @Operation(summary = "One version of the baseline, as a certificate names it")
    public Standards.Version baselineVersion(@PathParam("version") int version) {
        return standards.baselineVersion(version);
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Save a new baseline version; 409 when basedOn is not the current version")
    public Standards.Version saveBaseline(StandardEdit edit) {
        return standards.saveBaseline(basedOn(edit), edit.roles(), edit.note(), account.name());
    }

    static int basedOn(StandardEdit edit) {
        if (edit == null) {
            throw new InvalidInput("body", "send the standard as JSON: {\"basedOn\": n, \"note\": \"...\", \"roles\": {...}}");
        }
        if (edit.basedOn() == null) {
            throw new InvalidInput("basedOn", "basedOn is required: the version you started from (0 for none)");
        }
        return edit.basedOn();
    }
}
