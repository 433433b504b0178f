package org.cthb.readiness.course;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A role module's one-page job aid as PDF, in English or French: from the module's card on the dashboard (a plain
 * link, no script) and through the API. The job aid is course content, so it is served from a course version
 * like the lessons; anyone signed in may download it (it holds nothing personal). The API routes are on
 * {@link CourseResource} (JAX-RS picks one root resource per path prefix, so they live with the other
 * {@code /api/courses} routes).
 */
@Path("/job-aids")
public class JobAidResource {

    @Inject
    CourseCatalog catalog;

    /** The link on the learner's module card: the version the dashboard shows. */
    @GET
    @Path("{id}/v/{version}/{module}")
    @Produces("application/pdf")
    @RolesAllowed("**")
    @Operation(hidden = true)
    public Response fromDashboard(@PathParam("id") String id, @PathParam("version") int version,
                                  @PathParam("module") String module, @QueryParam("lang") String lang) {
        return pdf(catalog.version(id, version), module, lang);
    }

    static Response pdf(CourseCatalog.Version version, String moduleId, String lang) {
        String language = language(lang);
        CourseContent.ModuleContent module = version.content().module(moduleId)
                .orElseThrow(() -> new NotFound("module", "Course " + version.courseId() + " version "
                        + version.number() + " has no module " + moduleId));
        if (module.jobAid() == null) {
            throw new NotFound("module", "Module " + moduleId + " has no job aid (role modules have one)");
        }
        JobAidMsg msg = MessageBundles.get(JobAidMsg.class, Localized.Literal.of(language));
        byte[] bytes = JobAidPdf.render(module.jobAid(), language,
                msg.subtitle(version.content().title().in(language), module.title().in(language), version.number()),
                msg.footer());
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"job-aid-" + moduleId + "-" + language
                        + ".pdf\"")
                .header("Content-Language", language)
                .build();
    }

    private static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        if (!lang.equals("en") && !lang.equals("fr")) {
            throw new InvalidInput("lang", "lang must be en or fr, not '" + lang + "'");
        }
        return lang;
    }

    /** For the dashboard template: whether a module of a course version has a job aid ({@code inject:jobAids}). */
    @ApplicationScoped
    @Named("jobAids")
    public static class Lookup {

        @Inject
        CourseCatalog catalog;

        public boolean has(String courseId, int version, String moduleId) {
            return catalog.version(courseId, version).content().module(moduleId)
                    .map(m -> m.jobAid() != null).orElse(false);
        }
    }
}
