package org.cthb.readiness.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/** Compares a form's {@value CsrfTokens#FORM_FIELD} field with its cookie, once the endpoint has read the body. */
public class CsrfFormCheck {

    @Inject
    CsrfRefusals refusals;

    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext request, RoutingContext context) {
        String expected = context.get(CsrfGuard.PENDING);
        if (expected == null) {
            return null;
        }
        ResteasyReactiveRequestContext body = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object sent = body.getFormParameter(CsrfTokens.FORM_FIELD, true, false);
        String token = sent instanceof FormValue value ? value.getValue() : sent == null ? null : sent.toString();
        if (CsrfTokens.same(expected, token)) {
            return null;
        }
        return refusals.refuse(context, context.normalizedPath(), body.getFormData());
    }
}
