package org.cthb.readiness.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.course.files.ContentHash;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseReader;
import org.cthb.readiness.course.files.FileProblem;
import org.cthb.readiness.course.files.OverlayReader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one way content becomes a published version, for start-up, the API and the authoring pages: validate
 * everything first, then write the version, its modules and the course pointer in one transaction.
 */
@ApplicationScoped
public class CourseImporter {

    /** What an import did: a new version, or nothing because the content is already the current version. */
    public record ImportResult(String courseId, int version, String contentHash, boolean created) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CourseImporter.class);

    @Inject
    AuditLog audit;
    @Inject
    jakarta.enterprise.inject.Instance<PublicationCheck> checks;

    /** Reads and validates a folder, then imports it. */
    public ImportResult importFolder(Path folder, String importedBy) {
        return importContent(readValid(folder), importedBy);
    }

    /**
     * The start-up import: a folder whose content was already imported once, as any version, is left alone. An
     * author may have published a newer version in the browser since; restarting with the files of an older
     * version must not bring that older content back over theirs.
     */
    @Transactional
    public ImportResult importFolderIfNew(Path folder, String importedBy) {
        CourseContent content = readValid(folder);
        String hash = ContentHash.of(content);
        Optional<CourseVersion> earlier = CourseVersion.find("courseId = ?1 and contentHash = ?2", content.id(), hash)
                .firstResultOptional();
        if (earlier.isPresent()) {
            return new ImportResult(content.id(), earlier.get().versionNo, hash, false);
        }
        return importContent(content, importedBy);
    }

    /** Reads and validates a nation's overlay folder, then merges it into its course (see importOverlay). */
    public ImportResult importOverlayFolder(Path folder, String importedBy) {
        OverlayReader.Result overlay = OverlayReader.read(folder);
        if (!overlay.valid()) {
            throw new InvalidCourse(overlay.problems());
        }
        if (!overlay.warnings().isEmpty()) {
            LOG.warnf("Overlay folder %s: %d lint warning(s); the course validator lists them (CourseCli)", folder,
                    overlay.warnings().size());
        }
        return importOverlay(overlay, importedBy);
    }

    private static CourseContent readValid(Path folder) {
        CourseReader.Result result = CourseReader.read(folder);
        if (!result.valid()) {
            throw new InvalidCourse(result.problems());
        }
        if (!result.warnings().isEmpty()) {
            LOG.warnf("Course folder %s: %d lint warning(s); the course validator lists them (CourseCli)", folder,
                    result.warnings().size());
            result.warnings().forEach(w -> LOG.debug(w));
        }
        return result.content();
    }

    /**
     * Publishes a course's own content (files, a zip, a draft): the national modules merged into the current version
     * from the nations' overlays are carried over, and any the content brings itself are dropped, since only an
     * overlay import changes them.
     */
    @Transactional
    public ImportResult importContent(CourseContent content, String importedBy) {
        CourseContent own = content.withoutNationalModules();
        CourseContent merged = Course.<Course>findByIdOptional(content.id())
                .filter(c -> c.currentVersionId != null)
                .map(c -> own.withNationalModulesOf(ContentHash.parse(
                        CourseVersion.<CourseVersion>findById(c.currentVersionId).content)))
                .orElse(own);
        return publish(merged, importedBy);
    }

    /**
     * Merges a nation's overlay into the current version of its course: a new version whose modules are the course's
     * own, the other nations' and this overlay's (in place of what the nation brought before); no-op when unchanged.
     */
    @Transactional
    public ImportResult importOverlay(OverlayReader.Result overlay, String importedBy) {
        Course course = Course.<Course>findByIdOptional(overlay.courseId()).filter(c -> c.currentVersionId != null)
                .orElseThrow(() -> new InvalidCourse(List.of(new FileProblem("overlay.yaml", overlay.courseLine(),
                        "course '" + overlay.courseId() + "' is not published here; an overlay adds modules to a"
                                + " published course"))));
        CourseContent current = ContentHash.parse(CourseVersion.<CourseVersion>findById(course.currentVersionId).content);
        List<FileProblem> clashes = overlay.modules().stream()
                .filter(m -> current.module(m.id()).filter(c -> !overlay.nation().equals(c.nation())).isPresent())
                .map(m -> new FileProblem(m.folder() + "/module.yaml", 1, "module id '" + m.id()
                        + "' is already a module of course " + current.id() + "; give the national module its own id"))
                .toList();
        if (!clashes.isEmpty()) {
            throw new InvalidCourse(clashes);
        }
        return publish(current.withOverlay(overlay.nation(), overlay.modules(), overlay.assets()), importedBy);
    }

    private ImportResult publish(CourseContent content, String importedBy) {
        String hash = ContentHash.of(content);
        Course course = Course.<Course>findByIdOptional(content.id()).orElseGet(() -> newCourse(content.id()));
        if (course.currentVersionId != null) {
            CourseVersion current = CourseVersion.findById(course.currentVersionId);
            if (current.contentHash.equals(hash)) {
                return new ImportResult(course.id, current.versionNo, hash, false);
            }
        }
        checks.forEach(check -> check.check(content));
        CourseVersion version = new CourseVersion();
        version.courseId = course.id;
        version.versionNo = CourseVersion.lastNumber(course.id) + 1;
        version.contentHash = hash;
        version.content = ContentHash.json(content);
        version.titleEn = content.title().en();
        version.titleFr = content.title().fr();
        version.importedAt = Instant.now();
        version.importedBy = importedBy;
        version.persist();
        persistModules(version.id, content);
        course.currentVersionId = version.id;
        audit.record("COURSE_VERSION_PUBLISHED", "course", course.id, null,
                "version " + version.versionNo + " hash " + hash);
        return new ImportResult(course.id, version.versionNo, hash, true);
    }

    private static Course newCourse(String id) {
        Course course = new Course();
        course.id = id;
        course.persist();
        return course;
    }

    private static void persistModules(Long versionId, CourseContent content) {
        int position = 0;
        for (CourseContent.ModuleContent module : content.modules()) {
            CourseModule row = new CourseModule();
            row.key = new CourseModule.Key(versionId, module.id());
            row.position = ++position;
            row.roles = String.join(",", module.roles());
            row.passMark = module.quiz().passMark();
            row.titleEn = module.title().en();
            row.titleFr = module.title().fr();
            row.nation = module.nation();
            row.persist();
        }
    }
}
