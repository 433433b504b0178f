package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import java.util.List;

/** The administrator's page to list and create accounts. */
@Path("/admin/accounts")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<AccountService.AccountView> accounts, List<Role> roles,
                                            List<ReferenceData.NationView> nations, String created, String error,
                                            String errorField);
    }

    @Inject
    AccountService accounts;
    @Inject
    ReferenceData referenceData;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("created") String created) {
        return show(created, null, null);
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
            return Response.status(e.status()).entity(show(null, e.getMessage(), e.field())).build();
        }
    }

    private TemplateInstance show(String created, String error, String errorField) {
        return page.render(Templates.list(accounts.list(), List.of(Role.values()), referenceData.nations(),
                created, error, errorField));
    }
}
