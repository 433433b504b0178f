package org.cthb.readiness.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The languages the service speaks, and how much of the pages each one translates, for translators. */
@Path("/api/languages")
@RolesAllowed({Role.ADMIN_NAME, Role.AUTHOR_NAME})
public class LanguageResource {

    @Inject
    LanguageCoverage coverage;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The configured languages (cthb.languages), each with its name and how many page texts its "
            + "message files translate; the missing ones, shown in English, listed as bundle:key; "
            + "and in data, the nation, mission and helpline names its names and helpline files translate (missing: "
            + "nation.DEU, mission.KFOR, helpline:EST.yaml[0].name)")
    public List<LanguageCoverage.Coverage> languages() {
        return coverage.all();
    }
}
