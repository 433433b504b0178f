package org.cthb.readiness.lti;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.cthb.readiness.account.SessionCookie;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.cthb.readiness.lti.LaunchRefused.Reason;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The tool's LTI 1.3 endpoints: third-party initiated login, launch (resource link and deep linking), the new-window
 * continuation, the deep-linking answer and our key set. A refused launch gets a page that says why.
 */
@Path("/lti")
@PermitAll
public class LaunchResource {

    /** The login's state travels in a cookie of its own too, so the launch proves it is the same browser. */
    static final String STATE_COOKIE = "cthb-lti-state-";

    @CheckedTemplate(basePath = "LtiPages")
    static class Templates {
        static native TemplateInstance refused(LaunchRefused.Reason reason, int status);

        static native TemplateInstance newWindow(String url);

        static native TemplateInstance pick(String token, List<ModuleCatalogue.LinkableModule> modules, String lang);

        static native TemplateInstance answer(String returnUrl, String jwt);
    }

    @Inject
    LaunchStates states;
    @Inject
    LaunchFlow flow;
    @Inject
    SessionCookie sessionCookie;
    @Inject
    ToolUrls urls;
    @Inject
    ToolKeys keys;
    @Inject
    DeepLinking deepLinking;
    @Inject
    ModuleCatalogue catalogue;
    @Inject
    PageContext page;
    @Inject
    RoutingContext http;

    /** Login initiation by GET (LTI Core 5.1.1 allows either). */
    @GET
    @Path("login")
    @Operation(hidden = true)
    public Response loginByGet(@QueryParam("iss") String issuer, @QueryParam("login_hint") String loginHint,
                               @QueryParam("target_link_uri") String target,
                               @QueryParam("lti_message_hint") String messageHint,
                               @QueryParam("client_id") String clientId) {
        return login(issuer, loginHint, target, messageHint, clientId);
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response loginByPost(@RestForm("iss") String issuer, @RestForm("login_hint") String loginHint,
                                @RestForm("target_link_uri") String target,
                                @RestForm("lti_message_hint") String messageHint,
                                @RestForm("client_id") String clientId) {
        return login(issuer, loginHint, target, messageHint, clientId);
    }

    private Response login(String issuer, String loginHint, String target, String messageHint, String clientId) {
        if (issuer == null || issuer.isBlank() || loginHint == null || loginHint.isBlank()) {
            throw new LaunchRefused(Reason.MISSING_PARAMETER, "iss and login_hint are required");
        }
        LtiPlatform platform = states.platform(issuer, clientId);
        LaunchStates.Started started = states.start(platform);
        UriBuilder redirect = UriBuilder.fromUri(platform.authUrl)
                .queryParam("scope", "openid").queryParam("response_type", "id_token")
                .queryParam("response_mode", "form_post").queryParam("prompt", "none")
                .queryParam("client_id", platform.clientId).queryParam("redirect_uri", urls.urls().launch())
                .queryParam("login_hint", loginHint).queryParam("state", started.state())
                .queryParam("nonce", started.nonce());
        if (messageHint != null) {
            redirect.queryParam("lti_message_hint", messageHint);
        }
        // SameSite=None: the platform posts the launch from its own site, and the cookie must come along.
        NewCookie cookie = new NewCookie.Builder(STATE_COOKIE + Secrets.hash(started.state()).substring(0, 16))
                .value(started.state()).path("/lti").maxAge((int) LaunchStates.LIFETIME.toSeconds())
                .httpOnly(true).secure(true).sameSite(NewCookie.SameSite.NONE).build();
        return Response.status(302).location(redirect.build()).cookie(cookie).build();
    }

    /** The platform's form_post of the id_token, for a resource link or a deep-linking request. */
    @POST
    @Path("launch")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response launch(@RestForm("id_token") String idToken, @RestForm("state") String state) {
        Cookie bound = state == null ? null
                : http.request().getCookie(STATE_COOKIE + Secrets.hash(state).substring(0, 16));
        if (bound != null && !state.equals(bound.getValue())) {
            throw new LaunchRefused(Reason.NO_STATE, "state cookie differs");
        }
        LaunchFlow.Outcome outcome = flow.launch(idToken, state);
        if (outcome instanceof LaunchFlow.PickModules pick) {
            String lang = pick.language() == null ? page.lang() : pick.language();
            return Response.ok(Templates.pick(pick.token(), catalogue.modules(pick.nation()), lang)
                    .setLocale(Locale.forLanguageTag(lang))).build();
        }
        LaunchFlow.SignIn signIn = (LaunchFlow.SignIn) outcome;
        String destination = http.request().getHeader("Sec-Fetch-Dest");
        boolean framed = "iframe".equals(destination) || "frame".equals(destination);
        if (bound == null || framed && !sessionCookie.worksInFrames()) {
            // Our cookies do not reach us in this frame: the same launch goes on in a window of its own.
            String url = urls.base() + "/lti/continue?ticket=" + flow.ticket(signIn);
            return Response.ok(withLanguage(Templates.newWindow(url), signIn.language())).build();
        }
        return signedIn(signIn);
    }

    /** The new window of a launch whose frame could not keep our cookies. */
    @GET
    @Path("continue")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response continueLaunch(@QueryParam("ticket") String ticket) {
        return signedIn(flow.redeem(ticket));
    }

    private Response signedIn(LaunchFlow.SignIn signIn) {
        sessionCookie.signIn(flow.account(signIn.accountId()).email, http);
        Response.ResponseBuilder response = Response.seeOther(URI.create(signIn.landing()));
        if (signIn.language() != null) {
            response.cookie(new NewCookie.Builder(PageContext.LANGUAGE_COOKIE).path("/").value(signIn.language())
                    .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).build());
        }
        return response.build();
    }

    /** The teacher's choice of modules: our signed answer, posted back to the platform by their browser. */
    @POST
    @Path("deep-link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance deepLink(@RestForm String token, @RestForm("module") List<String> modules) {
        DeepLinking.Answer answer = deepLinking.answer(token, modules);
        return page.render(Templates.answer(answer.returnUrl(), answer.jwt()));
    }

    /** Our public key, for platforms that check our deep links and client assertions. */
    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The LTI tool's public key set (JWKS)")
    public String jwks() {
        return keys.jwks();
    }

    @ServerExceptionMapper
    public Response refused(LaunchRefused e) {
        org.jboss.logging.Logger.getLogger(LaunchResource.class).infof("LTI launch refused: %s", e.getMessage());
        return Response.status(e.reason().status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.refused(e.reason(), e.reason().status))).build();
    }

    private TemplateInstance withLanguage(TemplateInstance template, String language) {
        return language == null ? page.render(template) : template.setLocale(Locale.forLanguageTag(language));
    }
}
