package org.cthb.readiness.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.course.CourseImporter;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.course.InvalidCourse;
import org.cthb.readiness.course.files.FileProblem;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;
import org.cthb.readiness.web.ScreensMsg;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;

/**
 * A course zip uploaded from the authors' page: checked by the same validator as {@code POST /api/courses/import},
 * published as a new version when it passes, and otherwise shown back with every problem (file and line: an uploaded
 * zip is files the author made), nothing written.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.AUTHOR_NAME, Role.ADMIN_NAME})
public class CourseUploadPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused(String fileName, List<FileProblem> problems);
    }

    @Inject
    CourseService courses;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            throw new InvalidInput("file", MessageBundles.get(ScreensMsg.class, Localized.Literal.of(page.lang()))
                    .upload_missing());
        }
        ScreensMsg words = MessageBundles.get(ScreensMsg.class, Localized.Literal.of(page.lang()));
        List<FileProblem> problems;
        try {
            CourseService.Validation check;
            try {
                check = courses.validateZip(file.uploadedFile());
            } catch (InvalidInput notACourse) {
                throw new InvalidInput("file", words.upload_refused(notACourse.getMessage()));
            }
            problems = check.problems();
            if (check.valid()) {
                CourseImporter.ImportResult result = courses.importZip(file.uploadedFile(), account.name());
                return Response.seeOther(URI.create("/author/courses/" + result.courseId() + "?published="
                        + result.version())).build();
            }
        } catch (InvalidCourse e) {
            problems = e.problems();
        }
        return Response.status(422).entity(page.render(Templates.refused(file.fileName(), problems))).build();
    }
}
