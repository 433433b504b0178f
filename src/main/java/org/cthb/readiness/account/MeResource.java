package org.cthb.readiness.account;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.security.IdentityAttributes;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Set;
import java.util.TreeSet;

/** Who the caller is, as the service sees them: useful to scripts and to check an identity provider's mapping. */
@Path("/api/me")
@Authenticated
public class MeResource {

    /** The signed-in caller. */
    public record Me(String name, Set<String> roles, String nation) {
    }

    @Inject
    SecurityIdentity identity;
    @Inject
    AccountService accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The signed-in caller: name, roles and nation")
    public Me me() {
        Object refused = identity.getAttribute(OidcClaimsAugmentor.REFUSED);
        if (refused != null) {
            throw new org.cthb.readiness.error.Forbidden("Your OpenID Connect token is refused: " + refused);
        }
        return new Me(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()),
                identity.getAttribute(IdentityAttributes.NATION));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change your own password: currentPassword and newPassword (12 to 128 characters, not a "
            + "common one). Your other sessions end at once (audited). OpenID Connect users: 409")
    public Response changePassword(AccountService.PasswordChange change) {
        accounts.changePassword(identity.getPrincipal().getName(), change, identity.getAttribute(Sessions.SESSION_ID));
        return Response.noContent().build();
    }
}
