package org.cthb.readiness.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Nations as JSON: public reference data. */
@Path("/api/nations")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class NationResource {

    @Inject
    ReferenceData referenceData;

    @GET
    @Operation(summary = "NATO Allies and partner nations, by ISO 3166-1 alpha-3 code")
    public List<ReferenceData.NationView> nations() {
        return referenceData.nations();
    }
}
