package org.cthb.readiness.recognition;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/** The learner's page of recognised prior learning: what is recognised, and the upload form (file or pasted). */
@Path("/recognition")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RecognitionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<RecognitionService.View> recognitions, boolean recorded);
    }

    @Inject
    RecognitionService recognitions;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance show(@jakarta.ws.rs.QueryParam("recorded") String recorded) {
        return page.render(Templates.mine(recognitions.mine(), recorded != null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response upload(@RestForm("file") FileUpload file, @RestForm("pasted") String pasted) {
        recognitions.uploadMine(text(file, pasted), page.locale());
        return Response.seeOther(URI.create("/recognition?recorded")).build();
    }

    /** The file when one was chosen, else the pasted text; the service refuses an empty upload naming the field. */
    static String text(FileUpload file, String pasted) {
        if (file != null && file.size() > 0) {
            if (file.size() > RecognitionService.MAX_CREDENTIAL) {
                return "x".repeat(RecognitionService.MAX_CREDENTIAL + 1);
            }
            try {
                return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pasted;
    }
}
