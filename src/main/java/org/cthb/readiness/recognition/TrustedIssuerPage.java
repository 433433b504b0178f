package org.cthb.readiness.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** A nation's trusted issuers as a page: the list, and a form that adds or replaces one. */
@Path("/nations/{iso3}/trusted-issuers")
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class TrustedIssuerPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance issuers(String nation, List<TrustedIssuers.Entry> issuers);
    }

    @Inject
    TrustedIssuers issuers;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("iso3") String iso3) {
        List<TrustedIssuers.Entry> list = issuers.list(iso3);
        return page.render(Templates.issuers(iso3.strip().toUpperCase(java.util.Locale.ROOT), list));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response save(@PathParam("iso3") String iso3, @RestForm String issuerId, @RestForm String name,
                         @RestForm String publicKeys, @RestForm String achievements) {
        issuers.save(iso3, new TrustedIssuers.Entry(null, issuerId, name,
                json("publicKeys", publicKeys, new TypeReference<List<Map<String, Object>>>() { }),
                json("achievements", achievements, new TypeReference<Map<String, List<String>>>() { })));
        return Response.seeOther(URI.create("/nations/" + iso3.strip().toUpperCase(java.util.Locale.ROOT)
                + "/trusted-issuers")).build();
    }

    private static <T> T json(String field, String text, TypeReference<T> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TrustedIssuers.JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new InvalidInput(field, field + " is not the JSON expected: " + e.getOriginalMessage());
        }
    }
}
