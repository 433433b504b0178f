package org.cthb.readiness.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.ServiceException;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/** Every signed-in user's page to change their own password; their other sessions end. */
@Path("/account/password")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class PasswordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance change(boolean withPassword, boolean changed, String error, String errorField);
    }

    @Inject
    AccountService accounts;
    @Inject
    SecurityIdentity identity;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance form(@QueryParam("changed") String changed) {
        return show(changed != null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response change(@RestForm String currentPassword, @RestForm String newPassword,
                           @RestForm String newPasswordAgain) {
        try {
            if (newPassword != null && !newPassword.equals(newPasswordAgain)) {
                throw new InvalidInput("newPasswordAgain", "newPasswordAgain must repeat the new password exactly");
            }
            accounts.changePassword(identity.getPrincipal().getName(),
                    new AccountService.PasswordChange(currentPassword, newPassword),
                    identity.getAttribute(Sessions.SESSION_ID));
            return Response.seeOther(URI.create("/account/password?changed=1")).build();
        } catch (ServiceException e) {
            return Response.status(e.status()).entity(show(false, e.getMessage(), e.field())).build();
        }
    }

    private TemplateInstance show(boolean changed, String error, String errorField) {
        return page.render(Templates.change(accounts.signsInWithPassword(identity.getPrincipal().getName()), changed,
                error, errorField));
    }
}
