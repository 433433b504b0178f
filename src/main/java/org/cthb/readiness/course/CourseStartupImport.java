package org.cthb.readiness.course;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports every course folder under {@code cthb.courses-dir} at start-up, when its content was never imported
 * before (so a version published in the browser since is not replaced by older files). An invalid folder is
 * logged with all its problems and skipped, so the version already served keeps being served; the service
 * starts regardless.
 */
@ApplicationScoped
public class CourseStartupImport {

    private static final Logger LOG = Logger.getLogger(CourseStartupImport.class);

    @ConfigProperty(name = "cthb.courses-dir", defaultValue = "courses")
    Path coursesDir;
    @ConfigProperty(name = "cthb.courses.import-at-start", defaultValue = "true")
    boolean importAtStart;
    /** What earlier starts read from the same files (StartupImportCache); empty = none kept. */
    @ConfigProperty(name = "cthb.courses.start-cache-file")
    Optional<Path> cacheFile;
    @Inject
    CourseImporter importer;

    void onStart(@Observes StartupEvent event) {
        if (!importAtStart || !Files.isDirectory(coursesDir)) {
            LOG.infof("No course folder imported at start (%s)", coursesDir.toAbsolutePath());
            return;
        }
        StartupImportCache cache = new StartupImportCache(cacheFile.orElse(null));
        String code = cacheFile.isPresent() ? StartupImportCache.codeIdentity() : null;
        courseFolders().forEach(folder -> importOne(folder, cache, code));
        importOverlays(coursesDir.resolve("overlays"));
    }

    /**
     * Merges each nation's overlay folder ({@code overlays/<ISO3>/overlay.yaml}) into its course, after the courses
     * themselves. An invalid overlay is logged with all its problems and skipped, like an invalid course: the
     * version already served keeps being served and the service starts.
     */
    void importOverlays(Path overlaysDir) {
        if (!Files.isDirectory(overlaysDir)) {
            return;
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(overlaysDir)) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve("overlay.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path folder : folders) {
            try {
                CourseImporter.ImportResult result = importer.importOverlayFolder(folder, "system");
                LOG.infof("Overlay %s: course %s version %d%s", folder.getFileName(), result.courseId(),
                        result.version(), result.created() ? " imported" : " already imported (files unchanged)");
            } catch (InvalidCourse e) {
                LOG.errorf("Overlay folder %s is invalid and was not imported (%d problems):%n%s", folder,
                        e.problems().size(), String.join("\n", e.problems().stream().map(Object::toString).toList()));
            } catch (RuntimeException e) {
                // A standard in force may refuse the merge (a module it requires left out), or another instance
                // imported the same version at the same moment: the service starts regardless.
                LOG.warnf("Overlay folder %s was not imported: %s", folder, e.getMessage());
            }
        }
    }

    private void importOne(Path folder, StartupImportCache cache, String code) {
        String key = StartupImportCache.key(folder, code);
        Optional<CourseVersion> known = cache.lookup(key).flatMap(k -> QuarkusTransaction.requiringNew().call(() ->
                CourseVersion.<CourseVersion>find("courseId = ?1 and contentHash = ?2", k.courseId(), k.contentHash())
                        .firstResultOptional()));
        if (known.isPresent()) {
            LOG.infof("Course %s: version %d already imported (files unchanged)", known.get().courseId,
                    known.get().versionNo);
            return;
        }
        importOne(folder).ifPresent(result -> cache.remember(key, result.courseId(), result.contentHash()));
    }

    private List<Path> courseFolders() {
        try (Stream<Path> children = Files.list(coursesDir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("course.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<CourseImporter.ImportResult> importOne(Path folder) {
        try {
            CourseImporter.ImportResult result = importer.importFolderIfNew(folder, "system");
            LOG.infof("Course %s: version %d%s", result.courseId(), result.version(),
                    result.created() ? " imported" : " already imported (files unchanged)");
            return Optional.of(result);
        } catch (InvalidCourse e) {
            LOG.errorf("Course folder %s is invalid and was not imported (%d problems):%n%s", folder,
                    e.problems().size(), String.join("\n", e.problems().stream().map(Object::toString).toList()));
        } catch (RuntimeException e) {
            // Another instance may have imported the same version at the same moment.
            LOG.warnf("Course folder %s was not imported: %s", folder, e.getMessage());
        }
        return Optional.empty();
    }
}
