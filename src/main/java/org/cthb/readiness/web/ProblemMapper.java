package org.cthb.readiness.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.ServiceException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * The one place where refusals become responses: {@code application/problem+json} naming the field for the API,
 * a localised page for people, and the sign-in form for anonymous visitors of a page.
 */
public class ProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    @Inject
    HttpServerRequest request;
    @Inject
    PageContext page;

    @ServerExceptionMapper
    public Response service(ServiceException e) {
        return respond(e.status(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        var violation = e.getConstraintViolations().iterator().next();
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        return respond(400, field + " " + violation.getMessage(), field);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized() {
        if (isApi()) {
            return Response.status(401).header("WWW-Authenticate", "Basic realm=\"cthb\"")
                    .type(Problem.MEDIA_TYPE).entity(Problem.of(401, "Sign in first", null)).build();
        }
        // The form mechanism sends the visitor back here after sign-in; it insists on an absolute URI of this host.
        NewCookie comeBack = new NewCookie.Builder("quarkus-redirect-location").path("/")
                .value(request.absoluteURI()).httpOnly(true).build();
        return Response.seeOther(URI.create("/signin")).cookie(comeBack).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "You are not allowed to do this", null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "Not found", null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return status >= 500 ? null : respond(status, e.getMessage(), null);
    }

    private Response respond(int status, String message, String field) {
        if (isApi()) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, message, field)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.error(status, message))).build();
    }

    private boolean isApi() {
        String path = request.path();
        return path != null && path.startsWith("/api/");
    }
}
