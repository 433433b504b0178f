package org.cthb.readiness.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Missions as JSON: public reference data. */
@Path("/api/missions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class MissionResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Operation(summary = "Operations, missions and activities that personnel deploy to")
    public List<ReferenceData.MissionView> missions() {
        return referenceData.missions();
    }
}
