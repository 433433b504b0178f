package org.cthb.readiness.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.database.DatabaseOutage;
import org.cthb.readiness.database.DuplicateKey;
import org.cthb.readiness.database.TransactionConflict;
import org.cthb.readiness.error.RetryLater;
import org.cthb.readiness.error.ServiceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one place where refusals become responses: {@code application/problem+json} naming the field for the API,
 * a localised page for people, and the sign-in form for anonymous visitors of a page.
 */
public class ProblemMapper {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String message);
    }

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** Seconds after which a client may try again while the database is away: about one database restart. */
    private static final String RETRY_AFTER = "5";

    @Inject
    HttpServerRequest request;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;
    @Inject
    PageContext page;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean oidcSignIn;

    @ServerExceptionMapper
    public Response service(ServiceException e) {
        Response response = respond(e.status(), e.getMessage(), e.field(), e.code());
        return e instanceof RetryLater later
                ? Response.fromResponse(response).header("Retry-After", later.retryAfterSeconds()).build() : response;
    }

    /** Every violated constraint, the first one's field named: all can be fixed in one go. */
    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<String> problems = new ArrayList<>();
        String field = null;
        for (var violation : e.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String leaf = path.substring(path.lastIndexOf('.') + 1);
            field = field == null ? leaf : field;
            problems.add(leaf + " " + violation.getMessage());
        }
        return respond(400, String.join("; ", problems), field);
    }

    /** JSON of the wrong shape: the field, what it must be, and where. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return json(e);
    }

    /**
     * A lost database answers 503 with words a learner can act on (their saved answers are safe), quickly, and
     * without asking who is signed in, which would need the database again. A transaction that lost to a
     * concurrent one was rolled back whole: 503 too, to be repeated at once. Anything else unexpected is a 500.
     */
    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (DatabaseOutage.isOutage(e)) {
            return databaseUnavailable(e);
        }
        // A duplicate key that got this far is a write of the same row by a request at the same moment (another
        // instance, another node): rolled back whole, so repeating it reads what the other one wrote.
        if (TransactionConflict.isConflict(e) || DuplicateKey.isDuplicate(e)) {
            return conflictingTransaction(e);
        }
        LOG.errorf(e, "%s %s failed", request.method(), request.path());
        page.forgetIdentity();
        return respond(500, "An unexpected error occurred; it has been logged.", null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        // Signing in reads the account: a database outage must not pass for a wrong password.
        if (DatabaseOutage.isOutage(e)) {
            return databaseUnavailable(e);
        }
        // Too soon after failed sign-ins, or no room to check a password now: not a wrong password either.
        RetryLater later = retryLater(e);
        if (later != null) {
            return service(later);
        }
        if (isApi()) {
            return Response.status(401).header("WWW-Authenticate", "Basic realm=\"cthb\"")
                    .type(Problem.MEDIA_TYPE).entity(Problem.of(401, "Sign in first", null)).build();
        }
        // The form mechanism sends the visitor back here after sign-in; it insists on an absolute URI of this host.
        NewCookie comeBack = new NewCookie.Builder("quarkus-redirect-location").path("/")
                .value(request.absoluteURI()).httpOnly(true).build();
        // With OpenID Connect on, browsers sign in through the provider (the local form stays at /signin).
        return Response.seeOther(URI.create(oidcSignIn ? "/signin/oidc" : "/signin")).cookie(comeBack).build();
    }

    /** Why the bearer token's claims were refused, or null (also when the identity cannot be read here). */
    private Object refusedToken() {
        try {
            return identity.isAnonymous() ? null
                    : identity.getAttribute(org.cthb.readiness.account.OidcClaimsAugmentor.REFUSED);
        } catch (RuntimeException notResolvedHere) {
            return null;
        }
    }

    /** Says which roles the endpoint takes, from its {@code @RolesAllowed}, when known. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, SimpleResourceInfo resource) {
        // A bearer token whose claims were refused (account/OidcClaimsAugmentor): the reason, not just the roles.
        Object refused = refusedToken();
        if (refused != null) {
            return respond(403, "Your OpenID Connect token is refused: " + refused, null);
        }
        RolesAllowed roles = resource == null ? null : rolesAllowed(resource);
        return respond(403, roles == null ? "You are not allowed to do this"
                : "You are not allowed to do this: it takes the role " + String.join(" or ", roles.value()), null);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Response named = named(e);
        return named != null ? named : respond(404, "Not found: no page or endpoint at " + request.path(), null);
    }

    /**
     * What the framework refuses before an endpoint runs: a parameter that does not convert (its converter put the
     * named refusal in the cause), JSON that does not parse, a content type or method the endpoint does not take.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response named = named(e);
        if (named != null) {
            return named;
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return null;
        }
        if (e instanceof NotSupportedException) {
            return unsupportedMediaType();
        }
        if (e instanceof NotAllowedException) {
            return Response.fromResponse(respond(405, "Method " + request.method() + " is not allowed at "
                    + request.path() + "; allowed: " + e.getResponse().getAllowedMethods(), null))
                    .allow(e.getResponse().getAllowedMethods()).build();
        }
        if (e instanceof NotAcceptableException) {
            return respond(406, "None of the types in the Accept header (" + request.getHeader("Accept")
                    + ") can be produced here", "Accept");
        }
        return respond(status, e.getMessage(), null);
    }

    private Response named(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ServiceException refusal) {
                return service(refusal);
            }
            if (cause instanceof JsonProcessingException json) {
                return json(json);
            }
        }
        return null;
    }

    private Response json(JsonProcessingException e) {
        JsonProblems.Described problem = JsonProblems.describe(e);
        return respond(400, problem.message(), problem.field());
    }

    private Response unsupportedMediaType() {
        String sent = request.getHeader("Content-Type");
        Set<String> accepted = RouteTable.accepted(request.method().name(), request.path());
        return respond(415, "Content-Type " + (sent == null ? "(none)" : sent) + " is not accepted by "
                + request.method() + " " + request.path() + (accepted.isEmpty() ? "" : "; send "
                + String.join(" or ", accepted)), "Content-Type");
    }

    private static RolesAllowed rolesAllowed(SimpleResourceInfo resource) {
        try {
            Method method = resource.getResourceClass().getMethod(resource.getMethodName(),
                    resource.parameterTypes());
            RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
            return roles != null ? roles : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private Response databaseUnavailable(RuntimeException e) {
        LOG.warnf("%s %s: database unavailable (%s)", request.method(), request.path(), rootMessage(e));
        page.forgetIdentity();
        String message = MessageBundles.get(Msg.class, Localized.Literal.of(page.lang())).db_unavailable();
        return Response.fromResponse(respond(503, message, null)).header("Retry-After", RETRY_AFTER).build();
    }

    private Response conflictingTransaction(RuntimeException e) {
        LOG.warnf("%s %s: rolled back by a concurrent transaction (%s)", request.method(), request.path(),
                rootMessage(e));
        page.forgetIdentity();
        String message = MessageBundles.get(Msg.class, Localized.Literal.of(page.lang())).db_conflict();
        return Response.fromResponse(respond(503, message, null)).header("Retry-After", "1").build();
    }

    private static RetryLater retryLater(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetryLater later) {
                return later;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private Response respond(int status, String message, String field) {
        return respond(status, message, field, null);
    }

    private Response respond(int status, String message, String field, String code) {
        if (isApi()) {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, message, field, code))
                    .build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render(Templates.error(status, message))).build();
    }

    /**
     * Machine addresses answer problems in JSON: the API, and what verifiers fetch (a credential's key by its
     * {@code kid}, the DID document, the key set, the issuer profile).
     */
    private boolean isApi() {
        String path = request.path();
        return path != null && (path.startsWith("/api/") || path.startsWith("/keys/")
                || path.startsWith("/.well-known/") || path.equals("/issuer"));
    }
}
