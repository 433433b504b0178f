package org.cthb.readiness.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.course.files.ContentHash;
import org.cthb.readiness.course.files.CourseReader;
import org.cthb.readiness.course.files.CourseWriter;
import org.cthb.readiness.course.files.FileProblem;
import org.cthb.readiness.course.files.OverlayReader;
import org.cthb.readiness.course.files.Translation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** What authors do with course files through the API: validate, import and export zips. */
@ApplicationScoped
public class CourseService {

    /** The outcome of a validation: the problems, the content hash when there are none, and the lint warnings. */
    public record Validation(boolean valid, String contentHash, List<FileProblem> problems,
                             List<FileProblem> warnings, java.util.Map<String, Translation> translations) {

        public Validation(boolean valid, String contentHash, List<FileProblem> problems) {
            this(valid, contentHash, problems, List.of());
        }

        public Validation(boolean valid, String contentHash, List<FileProblem> problems, List<FileProblem> warnings) {
            this(valid, contentHash, problems, warnings, java.util.Map.of());
        }
    }

    @Inject
    CourseImporter importer;
    @Inject
    CourseCatalog catalog;

    public Validation validateZip(Path upload) {
        try (CourseZip zip = CourseZip.unpack(upload)) {
            CourseReader.Result result = CourseReader.read(zip.courseFolder());
            return new Validation(result.valid(), result.valid() ? ContentHash.of(result.content()) : null,
                    result.problems(), result.warnings(),
                    result.valid() ? result.content().translations() : java.util.Map.of());
        }
    }

    public CourseImporter.ImportResult importZip(Path upload, String importedBy) {
        try (CourseZip zip = CourseZip.unpack(upload)) {
            return importer.importFolder(zip.courseFolder(), importedBy);
        }
    }

    /** Validates a zipped overlay folder ({@code <ISO3>/overlay.yaml} and module folders) as the import would. */
    public Validation validateOverlayZip(Path upload) {
        try (CourseZip zip = CourseZip.unpack(upload)) {
            OverlayReader.Result result = OverlayReader.read(zip.overlayFolder());
            return new Validation(result.valid(), null, result.problems(), result.warnings());
        }
    }

    /** Merges a zipped overlay folder into its course as a new version; nothing is written when it is invalid. */
    public CourseImporter.ImportResult importOverlayZip(Path upload, String importedBy) {
        try (CourseZip zip = CourseZip.unpack(upload)) {
            return importer.importOverlayFolder(zip.overlayFolder(), importedBy);
        }
    }

    /** The course's own files: the national modules merged from overlays belong to the overlays' folders. */
    public void exportZip(String courseId, int version, OutputStream out) throws IOException {
        CourseWriter.zip(catalog.version(courseId, version).content().withoutNationalModules(), out);
    }
}
