package org.cthb.readiness.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Sign-in throttles for administrators, as JSON: who is being slowed down, and clearing one. */
@Path("/api/login-throttles")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class LoginThrottleResource {

    @Inject
    LoginThrottle throttle;

    @GET
    @Operation(summary = "Accounts and addresses with recent failed sign-ins, most recent first, with the wait"
            + " before their next attempt (0: none)")
    public List<LoginThrottle.ThrottleView> list() {
        return throttle.list();
    }

    @DELETE
    @Path("{scope}/{subject}")
    @Operation(summary = "Forget the failures of one account (scope ACCOUNT, subject the e-mail) or address"
            + " (scope ADDRESS); audited")
    public void clear(@PathParam("scope") String scope, @PathParam("subject") String subject) {
        throttle.clear(scope, subject);
    }
}
