package org.cthb.readiness.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.database.RetriedOnConflict;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.Enrolments;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.quiz.QuizOutcome;
import org.cthb.readiness.quiz.TrainingCycle;
import org.cthb.readiness.quiz.TrainingCycles;
import org.cthb.readiness.standard.Standards;
import org.cthb.readiness.quiz.QuizService;
import org.cthb.readiness.recognition.HeldRecognitions;
import org.cthb.readiness.xapi.LearningRecords;
import org.cthb.readiness.course.XapiActivities;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The learner's journey through their version of the course; one service behind the pages and the API. */
@ApplicationScoped
public class LearningService {

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;
    @Inject
    Enrolments enrolments;
    @Inject
    Standards standards;
    @Inject
    TrainingCycles cycles;
    @Inject
    QuizService quizzes;
    @Inject
    LessonRenderer renderer;
    @Inject
    LearningRecords records;
    @Inject
    HeldRecognitions recognitions;

    /**
     * The learner's required modules (those of the minimum standard for their nation and roles) and where they
     * stand in their current round of training; a renewal round starts on the course's current version.
     */
    @Transactional
    @RetriedOnConflict
    public Dashboard dashboard(long accountId, String language) {
        TrainingCycle cycle = cycles.of(accountId);
        boolean newRound = cycle.since() != null && !cycle.closedOn(LocalDate.now(ZoneOffset.UTC));
        CourseCatalog.Version version = enrolments.versionOf(accountId, courseId, newRound ? cycle.since() : null);
        Standards.Applied standard = standards.forAccount(accountId);
        List<CourseContent.ModuleContent> required = required(version, standard.requirement().modules(),
                standard.nation());
        Set<String> done = LessonProgress.doneIn(accountId, version.id());
        Map<String, QuizOutcome> outcomes = quizzes.outcomes(accountId, version.id(), cycle);
        int passMark = standard.requirement().passMark();
        Set<String> renewing = quizzes.passedInEarlierRounds(accountId, cycle);
        // Recognitions of prior learning count while unrevoked and within the uploaded credential's validity.
        Map<String, HeldRecognitions.Held> recognised = recognitions.ofAccount(accountId);
        Instant now = Instant.now();
        List<Dashboard.ModuleStatus> modules = required.stream()
                .map(m -> ModuleStatuses.of(m, done, outcomes.get(m.id()), passMark, language,
                        renewing.contains(m.id()), recognised.get(m.id()), now)).toList();
        return new Dashboard(version.courseId(), version.content().title().in(language), version.number(),
                standard.name(), modules, ModuleStatuses.next(required, modules, language), cycle.certifiedUntil(),
                cycle.renewalOpens(), version.id());
    }

    @Transactional
    @RetriedOnConflict
    public LessonView lesson(long accountId, int versionNumber, String moduleId, String lessonName, String view,
                             String language) {
        CourseCatalog.Version version = enrolments.requireVersion(accountId, courseId, versionNumber);
        CourseContent.ModuleContent module = module(version, moduleId, standards.nationOf(accountId));
        CourseContent.LessonContent lesson = lesson(module, lessonName);
        CourseContent.LessonText text = lesson.in(language);
        LessonView.View shown = chosenView(text, view);
        String cacheKey = version.id() + "/" + moduleId + "/" + lessonName + "/" + language + "/" + shown;
        String html = switch (shown) {
            case NOTE -> null;
            case LESSON -> renderer.html(cacheKey, text.markdown(),
                    LessonRenderer.imageBase(version.courseId(), version.number(), module.folder()));
            case ALTERNATIVE -> renderer.html(cacheKey, text.alternative().markdown(),
                    LessonRenderer.imageBase(version.courseId(), version.number(), alternativeFolder(module, text)));
        };
        boolean done = LessonProgress.findById(key(accountId, version, moduleId, lessonName)) != null;
        return new LessonView(version.courseId(), version.number(), moduleId, module.title().in(language), lessonName,
                shown == LessonView.View.ALTERNATIVE ? text.alternative().title() : text.title(), text.minutes(),
                text.sensitive(), text.contentNote(), shown, html, done, module.lessons().indexOf(lesson) + 1,
                module.lessons().size(), text.alternative() != null);
    }

    /** Records the lesson as done (the alternative counts the same); doing it again changes nothing. */
    @Transactional
    @RetriedOnConflict
    public Dashboard.NextStep markDone(long accountId, int versionNumber, String moduleId, String lessonName,
                                       boolean viaAlternative, String language) {
        CourseCatalog.Version version = enrolments.requireVersion(accountId, courseId, versionNumber);
        lesson(module(version, moduleId, standards.nationOf(accountId)), lessonName);
        LessonProgress.Key key = key(accountId, version, moduleId, lessonName);
        if (LessonProgress.findById(key) == null) {
            LessonProgress progress = new LessonProgress();
            progress.key = key;
            progress.viaAlternative = viaAlternative;
            progress.completedAt = Instant.now();
            progress.persist();
            records.record(accountId, LearningRecords.Verb.EXPERIENCED, XapiActivities.lesson(version, moduleId,
                    lessonName), lessonName, null, null);
        }
        return dashboard(accountId, language).next();
    }

    /**
     * The pages and images of the learner's current version of the course that a phone may keep for reading
     * offline: each required lesson as linked, its full text when it opens on a content note, its non-graphic
     * alternative, and the course images these show. A version never changes once published, so neither does this.
     */
    @Transactional
    @RetriedOnConflict
    public OfflineCopy offlineCopy(long accountId, String language) {
        Dashboard dashboard = dashboard(accountId, language);
        CourseCatalog.Version version = enrolments.requireVersion(accountId, courseId, dashboard.version());
        Set<String> requiredIds = new java.util.HashSet<>();
        dashboard.modules().forEach(m -> requiredIds.add(m.moduleId()));
        List<OfflineCopy.Lesson> lessons = new java.util.ArrayList<>();
        Set<String> images = new java.util.TreeSet<>();
        for (CourseContent.ModuleContent module : required(version, requiredIds, standards.nationOf(accountId))) {
            for (CourseContent.LessonContent lesson : module.lessons()) {
                CourseContent.LessonText text = lesson.in(language);
                String path = "/learn/v/" + version.number() + "/" + module.id() + "/" + lesson.name();
                List<String> pages = new java.util.ArrayList<>(List.of(path));
                String key = version.id() + "/" + module.id() + "/" + lesson.name() + "/" + language + "/";
                images.addAll(OfflineCopy.images(renderer.html(key + LessonView.View.LESSON, text.markdown(),
                        LessonRenderer.imageBase(version.courseId(), version.number(), module.folder()))));
                if (text.sensitive()) {
                    pages.add(path + "?view=lesson");
                }
                if (text.alternative() != null) {
                    pages.add(path + "?view=alternative");
                    images.addAll(OfflineCopy.images(renderer.html(key + LessonView.View.ALTERNATIVE,
                            text.alternative().markdown(), LessonRenderer.imageBase(version.courseId(),
                                    version.number(), alternativeFolder(module, text)))));
                }
                lessons.add(new OfflineCopy.Lesson(module.title().in(language), text.title(), pages,
                        text.alternative() != null));
            }
        }
        return new OfflineCopy(version.courseId(), version.number(), version.content().title().in(language),
                lessons, List.copyOf(images));
    }

    /** The folder of a lesson's alternative, against which its images are resolved. */
    private static String alternativeFolder(CourseContent.ModuleContent module, CourseContent.LessonText text) {
        String path = text.alternativePath() == null ? "" : text.alternativePath();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? module.folder() : module.folder() + "/" + path.substring(0, slash);
    }

    private static LessonView.View chosenView(CourseContent.LessonText text, String view) {
        if ("alternative".equals(view) && text.alternative() != null) {
            return LessonView.View.ALTERNATIVE;
        }
        if ("alternative".equals(view)) {
            throw new InvalidInput("view", "this lesson has no alternative version");
        }
        return text.sensitive() && !"lesson".equals(view) ? LessonView.View.NOTE : LessonView.View.LESSON;
    }

    /**
     * The standard's modules that this version has, in course order; a national module (from a nation's overlay)
     * only for a learner of that nation, whatever a standard says.
     */
    private static List<CourseContent.ModuleContent> required(CourseCatalog.Version version, Set<String> modules,
                                                              String nation) {
        return version.content().modules().stream().filter(m -> modules.contains(m.id()) && m.shownTo(nation))
                .toList();
    }

    /** A module of the version; another nation's national module is not found, as if the version had none. */
    private static CourseContent.ModuleContent module(CourseCatalog.Version version, String moduleId, String nation) {
        return version.content().module(moduleId).filter(m -> m.shownTo(nation))
                .orElseThrow(() -> new NotFound("No module " + moduleId));
    }

    private static CourseContent.LessonContent lesson(CourseContent.ModuleContent module, String name) {
        return module.lesson(name).orElseThrow(() -> new NotFound("No lesson " + name + " in module " + module.id()));
    }

    private static LessonProgress.Key key(long accountId, CourseCatalog.Version version, String moduleId, String lesson) {
        return new LessonProgress.Key(accountId, version.id(), moduleId, lesson);
    }
}
