package org.cthb.readiness.certificate;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The public verification page (a plain GET form, no JavaScript) and the holder's list of certificates. */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CertificatePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(String typed, Lookup lookup);

        static native TemplateInstance mine(List<CertificateView> certificates);
    }

    @Inject
    CertificateVerification verification;
    @Inject
    CertificateService certificates;
    @Inject
    PageContext page;
    @Inject
    HttpServerRequest request;

    /** The form alone, or with what the typed number turned out to be, under the matching status code. */
    @GET
    @Path("verify")
    @Operation(hidden = true)
    public Response verify(@QueryParam("number") String number) {
        if (number == null || number.isBlank()) {
            return Response.ok(page.render(Templates.verify("", null))).build();
        }
        Lookup lookup = verification.lookup(number, Addresses.of(request), page.locale());
        return Response.status(lookup.outcome().status()).entity(page.render(Templates.verify(number, lookup)))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("certificates")
    @Authenticated
    @Operation(hidden = true)
    public TemplateInstance mine() {
        return page.render(Templates.mine(certificates.mine(page.locale())));
    }
}
