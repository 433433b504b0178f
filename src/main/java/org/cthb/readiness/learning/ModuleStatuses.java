package org.cthb.readiness.learning;

import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.quiz.QuizOutcome;
import org.cthb.readiness.recognition.HeldRecognitions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Works out each module's status and the learner's one next step: the first unfinished lesson, then the quiz. */
final class ModuleStatuses {

    private ModuleStatuses() {
    }

    static Dashboard.ModuleStatus of(CourseContent.ModuleContent module, Set<String> done, QuizOutcome outcome,
                                     int standardPassMark, String language, boolean renewing,
                                     HeldRecognitions.Held recognition, Instant now) {
        List<String> lessons = module.lessons().stream().map(CourseContent.LessonContent::name).toList();
        int lessonsDone = (int) lessons.stream().filter(l -> done.contains(module.id() + "/" + l)).count();
        String resume = lessons.stream().filter(l -> !done.contains(module.id() + "/" + l)).findFirst().orElse(null);
        boolean passed = outcome != null && outcome.passed();
        int granted = outcome == null ? 0 : outcome.granted();
        boolean started = lessonsDone > 0 || (outcome != null && outcome.attempts() > 0);
        // A pass here wins (it has a score); else a live recognition makes the module done without a quiz.
        boolean recognised = !passed && recognition != null && recognition.liveAt(now);
        Dashboard.Status status = passed ? Dashboard.Status.PASSED : recognised ? Dashboard.Status.RECOGNISED
                : started ? Dashboard.Status.IN_PROGRESS : Dashboard.Status.NOT_STARTED;
        boolean expired = !passed && recognition != null && !recognition.liveAt(now);
        List<Dashboard.LessonLink> links = module.lessons().stream().map(l -> new Dashboard.LessonLink(l.name(),
                l.in(language).title(), l.in(language).minutes(), done.contains(module.id() + "/" + l.name()))).toList();
        boolean open = outcome != null && outcome.openAttemptId() != null;
        // The cool-down runs from the latest submitted attempt, as AttemptPolicy counts it.
        Instant nextAttempt = passed || open || outcome == null || outcome.lastSubmittedAt() == null ? null
                : outcome.lastSubmittedAt().plus(Duration.ofMinutes(module.quiz().cooldownMinutes()));
        return new Dashboard.ModuleStatus(module.id(), module.title().in(language), module.summary().in(language),
                status, lessonsDone, lessons.size(), outcome == null ? null : outcome.bestScore(),
                outcome == null ? 0 : outcome.attempts(), module.quiz().attempts() + granted,
                Math.max(module.quiz().passMark(), standardPassMark), resume, granted, renewing, links, nextAttempt,
                open, recognised ? recognition.source() : null, recognised ? recognition.recognitionId() : null,
                recognised ? recognition.validUntil() : null, expired ? recognition.expiredOn() : null);
    }

    /**
     * The first module with work the learner can do now; a module whose quiz waits out its cool-down, or has no
     * attempt left, is passed over for the next one, and only named (WAIT, ASK) when nothing else can be done.
     */
    static Dashboard.NextStep next(List<CourseContent.ModuleContent> modules, List<Dashboard.ModuleStatus> statuses,
                                   String language) {
        Dashboard.NextStep blocked = null;
        for (int i = 0; i < modules.size(); i++) {
            Dashboard.ModuleStatus status = statuses.get(i);
            CourseContent.ModuleContent module = modules.get(i);
            if (status.done()) {
                // Passed (or recognised) is done, read or not: the lessons stay open to revisit, but nothing there is owed.
                continue;
            }
            if (status.resumeLesson() != null) {
                String title = module.lesson(status.resumeLesson()).orElseThrow().in(language).title();
                return new Dashboard.NextStep("LESSON", module.id(), status.resumeLesson(), title);
            }
            if (status.waiting() || status.outOfAttempts()) {
                if (blocked == null) {
                    blocked = new Dashboard.NextStep(status.waiting() ? "WAIT" : "ASK", module.id(),
                            module.lessons().get(0).name(), module.title().in(language));
                }
                continue;
            }
            return new Dashboard.NextStep("QUIZ", module.id(), null, module.title().in(language));
        }
        return blocked != null ? blocked : new Dashboard.NextStep("DONE", null, null, null);
    }
}
