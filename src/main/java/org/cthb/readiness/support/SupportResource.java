package org.cthb.readiness.support;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.IdentityAttributes;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The helplines as JSON, for the caller: their nation's first, then the default; a visitor gets the default. */
@Path("/api/support/helplines")
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource {

    @Inject
    Helplines helplines;
    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Operation(summary = "Helplines for the caller: their nation's (nation set), then the shipped default (nation null)")
    public List<Helpline> mine() {
        String nation = identity.isAnonymous() ? null : identity.getAttribute(IdentityAttributes.NATION);
        return helplines.forNation(nation);
    }
}
