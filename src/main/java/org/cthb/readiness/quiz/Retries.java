package org.cthb.readiness.quiz;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.web.PageContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a result page says after a failed attempt, so the learner never meets a refusal: when the next attempt opens
 * (the same rule as {@link AttemptPolicy}), "Try again" once it has, or that the training officer can grant another;
 * and the module's lessons to review meanwhile. Templates reach it as {@code {inject:retries.after(result)}}.
 */
@Named("retries")
@RequestScoped
public class Retries {

    /** The next step after a result: the state, when the next attempt opens, and the lessons to review. */
    public record Retry(boolean passed, boolean exhausted, Instant opensAt, List<Lesson> lessons, String quizHref) {

        public boolean waiting() {
            return !passed && !exhausted && opensAt != null && Instant.now().isBefore(opensAt);
        }

        public boolean open() {
            return !passed && !exhausted && !waiting();
        }
    }

    /** A lesson to review, with its address. */
    public record Lesson(String href, String title) {
    }

    @Inject
    CurrentAccount account;
    @Inject
    CourseCatalog catalog;
    @Inject
    TrainingCycles cycles;
    @Inject
    PageContext page;

    @Transactional
    public Retry after(ResultView result) {
        long me = account.id();
        CourseCatalog.Version version = catalog.version(result.courseId(), result.version());
        CourseContent.ModuleContent module = QuizService.module(version, result.moduleId());
        String base = "/learn/v/" + version.number() + "/" + module.id() + "/";
        List<Lesson> lessons = module.lessons().stream()
                .map(l -> new Lesson(base + l.name(), l.in(page.lang()).title())).toList();
        TrainingCycle cycle = cycles.of(me);
        List<QuizAttempt> counted = QuizAttempt.of(me, version.id(), module.id()).stream().filter(cycle::counts)
                .toList();
        boolean passed = counted.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed));
        int allowed = module.quiz().attempts() + AttemptGrant.extraFor(me, module.id(), cycle);
        boolean exhausted = !passed && counted.size() >= allowed;
        Instant last = counted.stream().map(a -> a.submittedAt).filter(java.util.Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        Instant opensAt = last == null ? null : last.plus(Duration.ofMinutes(module.quiz().cooldownMinutes()));
        return new Retry(passed, exhausted, opensAt, lessons, base + "quiz");
    }
}
