package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.ServiceException;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/** The administrator's page to list, create, disable and enable accounts and reset their passwords. */
@Path("/admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountService.AccountView> accounts, List<Role> roles,
                                            List<ReferenceData.NationView> nations, String created, String updated,
                                            String error, String errorField, Long errorAccount);
    }

    @Inject
    AccountService accounts;
    @Inject
    ReferenceData referenceData;
    @Inject
    PageContext page;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("created") String created, @QueryParam("updated") String updated) {
        return show(created, updated, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object create(@RestForm String email, @RestForm String password, @RestForm String role,
                         @RestForm String nation) {
        try {
            var created = accounts.create(new AccountService.NewAccount(email, password, role, nation));
            return Response.seeOther(URI.create("/admin/accounts?created=" + created.id())).build();
        } catch (ServiceException e) {
            return Response.status(e.status()).entity(show(null, null, e.getMessage(), e.field(), null)).build();
        }
    }

    /** Disables an account; all its sessions end at once. */
    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response disable(@PathParam("id") long id) {
        return updated(id, () -> accounts.setEnabled(id, false, identity.getPrincipal().getName()));
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response enable(@PathParam("id") long id) {
        return updated(id, () -> accounts.setEnabled(id, true, identity.getPrincipal().getName()));
    }

    /** Sets a new password; all the account's sessions end at once. */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response resetPassword(@PathParam("id") long id, @RestForm String password) {
        return updated(id, () -> accounts.resetPassword(id, new AccountService.PasswordReset(password)));
    }

    private Response updated(long id, Supplier<AccountService.AccountView> change) {
        try {
            String email = change.get().email();
            return Response.seeOther(URI.create("/admin/accounts?updated="
                    + URLEncoder.encode(email, StandardCharsets.UTF_8))).build();
        } catch (ServiceException e) {
            return Response.status(e.status()).entity(show(null, null, e.getMessage(), e.field(), id)).build();
        }
    }

    private TemplateInstance show(String created, String updated, String error, String errorField, Long errorAccount) {
        return page.render(Templates.list(accounts.list(), List.of(Role.values()), referenceData.nations(),
                created, updated, error, errorField, errorAccount));
    }
}
