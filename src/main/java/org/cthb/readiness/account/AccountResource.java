package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Accounts for administrators, as JSON. */
@Path("/api/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(summary = "All accounts, without password hashes")
    public List<AccountService.AccountView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account: e-mail, password (12+ characters), role, nation (required for NATION_OFFICER)")
    public Response create(AccountService.NewAccount request) {
        AccountService.AccountView created = accounts.create(request);
        return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in and all its sessions end at once (audited)")
    public AccountService.AccountView disable(@PathParam("id") long id) {
        return accounts.setEnabled(id, false, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled account again (audited)")
    public AccountService.AccountView enable(@PathParam("id") long id) {
        return accounts.setEnabled(id, true, identity.getPrincipal().getName());
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reset an account's password (12 to 128 characters, not a common one); all its sessions end "
            + "at once (audited). Accounts that sign in through OpenID Connect have none: 409")
    public AccountService.AccountView resetPassword(@PathParam("id") long id, AccountService.PasswordReset reset) {
        return accounts.resetPassword(id, reset);
    }
}
