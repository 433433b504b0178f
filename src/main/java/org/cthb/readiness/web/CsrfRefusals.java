package org.cthb.readiness.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers a request refused for its CSRF token: 403 with a JSON problem for the API, and for people a page that says
 * what happened and keeps what they typed, in a form they can send again with a fresh token when the refused form
 * came from this site (a form from another site only shows its values, so nobody is tricked into sending it).
 */
@ApplicationScoped
@Path(CsrfGuard.REFUSAL_PAGE)
@PermitAll
public class CsrfRefusals {

    /** One submitted text field, shown for copying and kept for sending again. */
    public record Field(String name, String value) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String action, boolean multipart, List<Field> fields, boolean resend,
                                               boolean signIn);
    }

    @Inject
    PageContext page;
    @Inject
    io.quarkus.vertx.http.runtime.CurrentVertxRequest currentRequest;

    /** Where {@link CsrfGuard} sends what it refuses before any endpoint runs. */
    @GET
    @Operation(hidden = true)
    public Response refusedByGuard() {
        RoutingContext context = currentRequest.getCurrent();
        String path = context == null ? null : context.get(CsrfGuard.REFUSED_PATH);
        if (path == null) {
            throw new NotFound("No refused request here");
        }
        return refuse(context, path, null);
    }

    Response refuse(RoutingContext context, String path, FormData form) {
        if (path.startsWith("/api/") || !acceptsHtml(context)) {
            GuardMsg msg = io.quarkus.qute.i18n.MessageBundles.get(GuardMsg.class, Localized.Literal.of(page.lang()));
            return Response.status(403).type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(403, msg.csrf_refused_api(), CsrfTokens.FORM_FIELD)).build();
        }
        String action = context.request().uri();
        boolean signIn = CsrfGuard.SIGN_IN.equals(path);
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        List<Field> fields = fields(form);
        // Only a refused form has fields to send again; what the guard refuses has none (and its address is gone).
        boolean resend = form != null && CsrfGuard.sameOrigin(context.request()) && action.startsWith("/")
                && !action.startsWith("//");
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.refused(action, multipart, fields, resend, signIn))).build();
    }

    private static boolean acceptsHtml(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /** The text fields, without the stale token, passwords or files (a browser cannot be given a file back). */
    private static List<Field> fields(FormData form) {
        List<Field> fields = new ArrayList<>();
        if (form == null) {
            return fields;
        }
        for (String name : form) {
            if (name.equals(CsrfTokens.FORM_FIELD) || name.toLowerCase(Locale.ROOT).contains("password")) {
                continue;
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    fields.add(new Field(name, value.getValue()));
                }
            }
        }
        return fields;
    }
}
