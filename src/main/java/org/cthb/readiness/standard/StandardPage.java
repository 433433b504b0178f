package org.cthb.readiness.standard;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.ServiceException;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** Pages for minimum standards: the NATO baseline (ADMIN edits it) and a nation's overlay (its officers edit it). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StandardPage {

    /** Why a save was refused, and the field at fault (the form shows what was typed again). */
    public record Refusal(String message, String field) {

        /** The deployment role of the faulty field, e.g. COMMANDER for roles.COMMANDER.passMark, or null. */
        public String role() {
            if (field == null || !field.startsWith("roles.")) {
                return null;
            }
            String rest = field.substring("roles.".length());
            int dot = rest.indexOf('.');
            return dot < 0 ? rest : rest.substring(0, dot);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance baseline(Standards.Version baseline, List<StandardViews.BaselineRow> rows,
                                                List<Standards.Version> history, boolean editable, Integer saved,
                                                Refusal refusal);

        static native TemplateInstance nation(Standards.NationStandard standard, List<StandardViews.OverlayRow> rows,
                                              List<Standards.Version> history, Integer saved, Refusal refusal);
    }

    @Inject
    Standards standards;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Path("standards")
    @RolesAllowed("**")
    @Operation(hidden = true)
    public TemplateInstance baseline(@QueryParam("saved") Integer saved) {
        return showBaseline(saved, null, null);
    }

    @POST
    @Path("standards")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object saveBaseline(MultivaluedMap<String, String> form) {
        try {
            StandardEdit edit = StandardForm.baseline(form);
            int version = standards.saveBaseline(StandardResource.basedOn(edit), edit.roles(), edit.note(),
                    account.name()).version();
            return Response.seeOther(URI.create("/standards?saved=" + version)).build();
        } catch (ServiceException e) {
            return Response.status(e.status()).entity(showBaseline(null, typedUnlessStale(e, form), new Refusal(e.getMessage(), e.field())))
                    .build();
        }
    }

    @GET
    @Path("nations/{iso3}/standard")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Operation(hidden = true)
    public TemplateInstance nation(@PathParam("iso3") String iso3, @QueryParam("saved") Integer saved) {
        return showNation(iso3, saved, null, null);
    }

    @POST
    @Path("nations/{iso3}/standard")
    @RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object saveOverlay(@PathParam("iso3") String iso3, MultivaluedMap<String, String> form) {
        try {
            StandardEdit edit = StandardForm.overlay(form);
            Standards.Version saved = standards.saveOverlay(iso3, StandardResource.basedOn(edit), edit.roles(),
                    edit.note(), account.name());
            return Response.seeOther(URI.create("/nations/" + saved.scope() + "/standard?saved=" + saved.version()))
                    .build();
        } catch (ServiceException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(showNation(iso3, null, typedUnlessStale(e, form), new Refusal(e.getMessage(),
                    e.field()))).build();
        }
    }

    /** After a stale save, the form shows the version saved meanwhile: the editor re-applies their change to it. */
    private static MultivaluedMap<String, String> typedUnlessStale(ServiceException e,
                                                                   MultivaluedMap<String, String> form) {
        return e instanceof Conflict ? null : form;
    }

    private TemplateInstance showBaseline(Integer saved, MultivaluedMap<String, String> typed, Refusal refusal) {
        Standards.Version baseline = standards.baseline();
        return page.render(Templates.baseline(baseline, StandardViews.baseline(baseline, standards.moduleIds(), typed),
                standards.baselineHistory(), page.isAdmin(), saved, refusal));
    }

    private TemplateInstance showNation(String iso3, Integer saved, MultivaluedMap<String, String> typed,
                                        Refusal refusal) {
        Standards.NationStandard standard = standards.ofNation(iso3);
        return page.render(Templates.nation(standard, StandardViews.overlay(standard, standards.moduleIds(standard.nation()),
                typed),
                standards.overlayHistory(iso3), saved, refusal));
    }
}
