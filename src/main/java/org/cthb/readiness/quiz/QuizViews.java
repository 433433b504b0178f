package org.cthb.readiness.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.QuestionType;
import org.cthb.readiness.course.files.Text;

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
        List<AttemptView.QuestionView> questions = attempt.questionIds().stream().map(id -> {
            CourseContent.QuestionContent q = module.quiz().question(id).orElseThrow();
            AttemptAnswer answer = answers.get(id);
            return new AttemptView.QuestionView(id, q.type().fileName(), q.type() == QuestionType.MULTIPLE,
                    in(q.scenario(), language), q.text().in(language),
                    q.options().stream().map(o -> new AttemptView.OptionView(o.id(), o.text().in(language))).toList(),
                    answer == null ? List.of() : answer.optionIds());
        }).toList();
        return new AttemptView(attempt.id, version.courseId(), version.number(), module.id(),
                module.title().in(language), attempt.attemptNo, allowed(attempt, module), attempt.passMark,
                !attempt.isOpen(), questions);
    }

    ResultView result(QuizAttempt attempt, CourseCatalog.Version version, String language) {
        CourseContent.ModuleContent module = QuizService.module(version, attempt.moduleId);
        Map<String, AttemptAnswer> answers = AttemptAnswer.byQuestion(attempt.id);
        List<ResultView.QuestionResult> questions = attempt.questionIds().stream().map(id -> {
            CourseContent.QuestionContent q = module.quiz().question(id).orElseThrow();
            List<String> chosen = answers.containsKey(id) ? answers.get(id).optionIds() : List.of();
            return new ResultView.QuestionResult(id, q.paragraph(), in(q.scenario(), language), q.text().in(language),
                    Grading.isCorrect(q, chosen), q.options().stream().map(o -> new ResultView.OptionResult(o.id(),
                    o.text().in(language), o.correct(), chosen.contains(o.id()), o.feedback().in(language))).toList());
        }).toList();
        return new ResultView(attempt.id, version.courseId(), version.number(), module.id(),
                module.title().in(language), attempt.score, attempt.passMark, attempt.passed, attempt.attemptNo,
                allowed(attempt, module), questions);
    }

    /** The quiz's own attempts plus those a training officer granted in the learner's current round. */
    private int allowed(QuizAttempt attempt, CourseContent.ModuleContent module) {
        return module.quiz().attempts() + AttemptGrant.extraFor(attempt.accountId, attempt.moduleId,
                cycles.of(attempt.accountId));
    }

    private static String in(Text text, String language) {
        return text == null ? null : text.in(language);
    }
}
