package org.cthb.readiness.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.QuestionType;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.quiz.draw.Disclosure;

import java.util.List;
import java.util.Map;

/** Turns attempts into what a learner sees, in their language. */
@ApplicationScoped
public class QuizViews {

    @jakarta.inject.Inject
    TrainingCycles cycles;

    AttemptView attempt(QuizAttempt attempt, CourseCatalog.Version version, String language) {
        CourseContent.ModuleContent module = QuizService.module(version, attempt.moduleId);
        Map<String, AttemptAnswer> answers = AttemptAnswer.byQuestion(attempt.id);
        ShownOptions shown = ShownOptions.of(attempt);
        List<AttemptView.QuestionView> questions = attempt.questionIds().stream().map(id -> {
            CourseContent.QuestionContent q = module.quiz().question(id).orElseThrow();
            AttemptAnswer answer = answers.get(id);
            List<CourseContent.OptionContent> options = shown.shown(q);
            List<AttemptView.OptionView> views = new java.util.ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                views.add(new AttemptView.OptionView(String.valueOf(i + 1), options.get(i).text().in(language)));
            }
            return new AttemptView.QuestionView(id, q.type().fileName(), q.type() == QuestionType.MULTIPLE,
                    in(q.contentNote(), language), in(q.scenario(), language), q.text().in(language), views,
                    answer == null ? List.of() : answer.optionIds().stream().map(o -> shown.position(q, o)).sorted()
                            .toList());
        }).toList();
        return new AttemptView(attempt.id, version.courseId(), version.number(), module.id(),
                module.title().in(language), attempt.attemptNo, allowed(attempt, module, cycles.of(attempt.accountId)),
                attempt.passMark,
                !attempt.isOpen(), questions);
    }

    ResultView result(QuizAttempt attempt, CourseCatalog.Version version, String language) {
        CourseContent.ModuleContent module = QuizService.module(version, attempt.moduleId);
        Map<String, AttemptAnswer> answers = AttemptAnswer.byQuestion(attempt.id);
        ShownOptions shown = ShownOptions.of(attempt);
        // The learner's round, read once for both counts below.
        TrainingCycle cycle = cycles.of(attempt.accountId);
        int allowed = allowed(attempt, module, cycle);
        int left = Math.max(0, allowed - attemptsUsed(attempt, cycle));
        Disclosure disclosure = Disclosure.after(Boolean.TRUE.equals(attempt.passed), left);
        List<ResultView.QuestionResult> questions = attempt.questionIds().stream().map(id -> {
            CourseContent.QuestionContent q = module.quiz().question(id).orElseThrow();
            List<String> chosen = answers.containsKey(id) ? answers.get(id).optionIds() : List.of();
            boolean correct = Grading.isCorrect(q, chosen);
            List<ResultView.OptionResult> options = List.of();
            if (disclosure.showsKey()) {
                List<CourseContent.OptionContent> inOrder = shown.shown(q);
                options = new java.util.ArrayList<>();
                for (int i = 0; i < inOrder.size(); i++) {
                    CourseContent.OptionContent o = inOrder.get(i);
                    options.add(new ResultView.OptionResult(String.valueOf(i + 1), o.text().in(language), o.correct(),
                            chosen.contains(o.id()), o.feedback().in(language)));
                }
            }
            CourseContent.LessonContent lesson = correct ? null : lessonOf(module, q);
            return new ResultView.QuestionResult(id, q.paragraph(), in(q.contentNote(), language),
                    in(q.scenario(), language), q.text().in(language), correct,
                    correct ? null : in(q.teachingPoint(), language), lesson == null ? null : lesson.name(),
                    lesson == null ? null : lesson.in(language).title(), options);
        }).toList();
        return new ResultView(attempt.id, version.courseId(), version.number(), module.id(),
                module.title().in(language), attempt.score, attempt.passMark, attempt.passed, attempt.attemptNo,
                allowed, disclosure.name(), left, questions);
    }

    /** The lesson the author named for the question, else the module's first. */
    private static CourseContent.LessonContent lessonOf(CourseContent.ModuleContent module,
                                                        CourseContent.QuestionContent question) {
        if (question.lesson() != null && module.lesson(question.lesson()).isPresent()) {
            return module.lesson(question.lesson()).get();
        }
        return module.lessons().isEmpty() ? null : module.lessons().get(0);
    }

    /** Attempts at this quiz that count in the learner's current round (this one included). */
    private static int attemptsUsed(QuizAttempt attempt, TrainingCycle cycle) {
        return (int) QuizAttempt.of(attempt.accountId, attempt.versionId, attempt.moduleId).stream()
                .filter(cycle::counts).count();
    }

    /** The quiz's own attempts plus those a training officer granted in the learner's current round. */
    private static int allowed(QuizAttempt attempt, CourseContent.ModuleContent module, TrainingCycle cycle) {
        return module.quiz().attempts() + AttemptGrant.extraFor(attempt.accountId, attempt.moduleId, cycle);
    }

    private static String in(Text text, String language) {
        return text == null ? null : text.in(language);
    }
}
