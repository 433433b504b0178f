package org.cthb.readiness.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Nations and missions as JSON: public reference data. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Path("/nations")
    @PermitAll
    @Operation(summary = "NATO Allies and partner nations, by ISO 3166-1 alpha-3 code")
    public List<ReferenceData.NationView> nations() {
        return referenceData.nations();
    }

    @GET
    @Path("/missions")
    @PermitAll
    @Operation(summary = "Operations, missions and activities that personnel deploy to")
    public List<ReferenceData.MissionView> missions() {
        return referenceData.missions();
    }
}
