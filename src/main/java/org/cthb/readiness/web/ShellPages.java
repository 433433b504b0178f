package org.cthb.readiness.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.Sessions;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;

/** The pages every visitor can reach: home, sign-in and sign-out, support, and the language switch. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class ShellPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance signin(boolean failed, long wait, long busy);

        static native TemplateInstance support();
    }

    private static final String RETURN_COOKIE = "quarkus-redirect-location";

    @Inject
    PageContext page;
    @Inject
    Event<LanguageChosen> languageChosen;
    @Inject
    Sessions sessions;
    @Inject
    SecurityIdentity identity;

    @GET
    @Operation(hidden = true)
    public Object home() {
        // Sign-in lands here: a learner goes straight on to their training.
        if (page.is(org.cthb.readiness.security.Role.LEARNER_NAME)) {
            return Response.seeOther(URI.create("/learn")).build();
        }
        return page.render(Templates.home());
    }

    @GET
    @Path("signin")
    @Operation(hidden = true)
    public Response signin(@QueryParam("error") String error, @QueryParam("wait") String wait,
                           @QueryParam("busy") String busy, @CookieParam(RETURN_COOKIE) String returnTo) {
        // A failed form sign-in comes back here through the form mechanism's challenge, with the sign-in
        // endpoint itself as the "return to" address: show the error, and forget that address, or the next
        // successful sign-in would be sent to it.
        boolean failedPost = returnTo != null && returnTo.contains("/j_security_check");
        // A sign-in refused for now (too soon after failures, or too many at once) says when to come back.
        long waitSeconds = retryAfter(wait);
        long busySeconds = retryAfter(busy);
        Response.ResponseBuilder response = Response.ok(page.render(Templates.signin(
                (error != null || failedPost) && waitSeconds == 0 && busySeconds == 0, waitSeconds, busySeconds)));
        if (waitSeconds > 0 || busySeconds > 0) {
            response.status(busySeconds > 0 ? 503 : 429).header("Retry-After", Math.max(waitSeconds, busySeconds));
        }
        if (failedPost) {
            response.cookie(new NewCookie.Builder(RETURN_COOKIE).path("/").maxAge(0).value("").build());
        }
        return response.build();
    }

    /**
     * Seconds from the query, within what a throttle can ask (at most an hour); 0 when absent or not a number, since
     * only the sign-in's own redirect sets them and the page serves without them.
     */
    private static long retryAfter(String seconds) {
        if (seconds == null || !seconds.matches("\\d{1,9}")) {
            return 0;
        }
        return Math.min(Long.parseLong(seconds), 3600);
    }

    @GET
    @Path("support")
    @Operation(hidden = true)
    public TemplateInstance support() {
        return page.render(Templates.support());
    }

    /** Ends the session on the server (its cookie no longer works anywhere) and expires the cookie. */
    @POST
    @Path("signout")
    @Operation(hidden = true)
    public Response signout() {
        sessions.signOut(identity);
        NewCookie expired = new NewCookie.Builder("cthb-session").path("/").maxAge(0).httpOnly(true).value("").build();
        // The backstop of the page script, which clears first: whatever this site keeps in the browser (the course
        // kept for reading offline, changes queued offline) goes with the session, on a shared phone too.
        return Response.seeOther(URI.create("/signin")).cookie(expired)
                .header("Clear-Site-Data", "\"cache\", \"storage\"").build();
    }

    /**
     * Switches language and remembers it: in a cookie for everyone, on the account for those signed in. A POST (the
     * layout's language button), so that no GET changes anything and the choice on an account needs the CSRF token.
     */
    @POST
    @Path("language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response language(@FormParam("lang") String lang, @FormParam("next") String next) {
        String chosen = Languages.isSupported(lang) ? lang : "en";
        if (page.signedIn()) {
            languageChosen.fire(new LanguageChosen(page.user(), chosen));
        }
        NewCookie cookie = new NewCookie.Builder(PageContext.LANGUAGE_COOKIE).path("/").value(chosen)
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalRedirect.safe(next))).cookie(cookie).build();
    }
}
