package org.cthb.readiness.course;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.error.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * The images of a course version, as imported with it (stored in its content), at the address lessons use. A version
 * never changes, so an image is cached for a year; only signed-in people read courses.
 */
@Path("/course-assets/{course}/{version}/{path: .+}")
@Authenticated
public class CourseAssetResource {

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg",
            "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml", "webp", "image/webp");

    @Inject
    CourseCatalog catalog;

    @GET
    @Operation(hidden = true)
    public Response image(@PathParam("course") String course, @PathParam("version") int version,
                          @PathParam("path") String path) {
        String encoded = catalog.version(course, version).content().assets().get(path);
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (encoded == null || type == null) {
            throw new NotFound("Course " + course + " version " + version + " has no image " + path);
        }
        return Response.ok(Base64.getDecoder().decode(encoded), type)
                .header("Cache-Control", "private, max-age=31536000, immutable")
                // An SVG opened on its own must not run anything in this site's origin.
                .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'")
                .build();
    }
}
