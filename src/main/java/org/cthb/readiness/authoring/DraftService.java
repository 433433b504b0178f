package org.cthb.readiness.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.CourseImporter;
import org.cthb.readiness.course.CourseService;
import org.cthb.readiness.course.InvalidCourse;
import org.cthb.readiness.course.files.ContentHash;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseWriter;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one service behind the authoring pages and API: a course's draft from its latest version, saves guarded
 * by the revision they were made on, and checking and publishing through the course files' own validator and
 * importer.
 */
@ApplicationScoped
public class DraftService {

    @Inject
    CourseCatalog catalog;
    @Inject
    CourseService courses;
    @Inject
    AuditLog audit;

    /** Opens the course's draft, creating it from the latest version when there is none. */
    @Transactional
    public DraftView open(String courseId, String by) {
        CourseDraft existing = CourseDraft.<CourseDraft>findByIdOptional(courseId).orElse(null);
        if (existing != null) {
            return view(existing);
        }
        CourseCatalog.Version latest = catalog.version(courseId, catalog.history(courseId).get(0).version());
        CourseDraft draft = new CourseDraft();
        draft.courseId = courseId;
        draft.baseVersion = latest.number();
        // National modules come from the nations' overlay folders and are carried over by the import: not edited here.
        draft.content = ContentHash.json(latest.content().withoutNationalModules());
        draft.revision = 1;
        draft.createdBy = by;
        draft.updatedBy = by;
        draft.createdAt = Instant.now();
        draft.updatedAt = draft.createdAt;
        try {
            draft.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Two authors pressed "Create a draft" at the same instant: the primary key lets one win.
            throw new org.cthb.readiness.error.Conflict("Another author created the draft of " + courseId
                    + " at the same moment: reload the page to open it");
        }
        audit.record("COURSE_DRAFT_CREATED", "course", courseId, null, "from version " + latest.number());
        return view(draft);
    }

    @Transactional
    public boolean exists(String courseId) {
        return CourseDraft.of(courseId).isPresent();
    }

    @Transactional
    public DraftView draft(String courseId) {
        return view(require(courseId));
    }

    /** Applies an edit to the content as of {@code revision}; refused with 409 when someone saved since. */
    @Transactional
    public DraftView edit(String courseId, int revision, String by, UnaryOperator<CourseContent> change) {
        CourseDraft draft = require(courseId);
        checkRevision(draft, revision);
        CourseContent edited = change.apply(ContentHash.parse(draft.content));
        if (!CourseDraft.saveIfCurrent(courseId, revision, ContentHash.json(edited), by)) {
            throw stale(courseId, revision);
        }
        CourseDraft.getEntityManager().refresh(draft);
        return view(draft);
    }

    /** Replaces the whole content (the API's way to edit); the course id cannot change. */
    public DraftView replace(String courseId, int revision, String by, CourseContent content) {
        if (!courseId.equals(content.id())) {
            throw new InvalidInput("content.id", "the draft is of course " + courseId
                    + "; content.id must stay " + courseId);
        }
        return edit(courseId, revision, by, old -> content);
    }

    /** The draft checked exactly as a course zip would be: every problem as file, line and message. */
    public CourseService.Validation validate(String courseId) {
        return DraftFiles.asZip(draft(courseId).content(), courses::validateZip);
    }

    /** Publishes the draft as a new immutable version through the importer, then closes the draft. */
    @Transactional
    public CourseImporter.ImportResult publish(String courseId, int revision, String by) {
        CourseDraft draft = require(courseId);
        checkRevision(draft, revision);
        CourseContent content = ContentHash.parse(draft.content);
        CourseService.Validation validation = DraftFiles.asZip(content, courses::validateZip);
        if (!validation.valid()) {
            throw new InvalidCourse(validation.problems());
        }
        CourseImporter.ImportResult result = DraftFiles.asZip(content, zip -> courses.importZip(zip, by));
        draft.delete();
        audit.record("COURSE_DRAFT_PUBLISHED", "course", courseId, null, "revision " + revision + " as version "
                + result.version() + (result.created() ? "" : " (no change)"));
        return result;
    }

    @Transactional
    public void discard(String courseId, int revision) {
        CourseDraft draft = require(courseId);
        checkRevision(draft, revision);
        draft.delete();
        audit.record("COURSE_DRAFT_DISCARDED", "course", courseId, null, "revision " + revision);
    }

    public void export(String courseId, OutputStream out) throws IOException {
        CourseWriter.zip(draft(courseId).content(), out);
    }

    /** Every published course, and whether it has an open draft. */
    @Transactional
    public List<AuthorViews.CourseRow> courses() {
        return catalog.published().stream()
                .map(c -> new AuthorViews.CourseRow(c, CourseDraft.of(c.id()).isPresent())).toList();
    }

    public List<CourseCatalog.VersionSummary> history(String courseId) {
        return catalog.history(courseId);
    }

    private static void checkRevision(CourseDraft draft, int revision) {
        if (draft.revision != revision) {
            throw stale(draft.courseId, revision);
        }
    }

    private static Conflict stale(String courseId, int revision) {
        return new Conflict("revision", "Someone else saved the draft of " + courseId + " after you opened it"
                + " (you edited revision " + revision + "). Your change was not saved: reload the page to see"
                + " their version, then make your change again.");
    }

    private static CourseDraft require(String courseId) {
        return CourseDraft.<CourseDraft>findByIdOptional(courseId)
                .orElseThrow(() -> new NotFound("Course " + courseId + " has no open draft"));
    }

    private static DraftView view(CourseDraft draft) {
        return new DraftView(draft.courseId, draft.baseVersion, draft.revision, draft.updatedBy, draft.updatedAt,
                ContentHash.parse(draft.content));
    }
}
