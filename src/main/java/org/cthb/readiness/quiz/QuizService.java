package org.cthb.readiness.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.cthb.readiness.database.DuplicateKey;
import org.cthb.readiness.database.RetriedOnConflict;
import org.cthb.readiness.database.TransactionConflict;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.Enrolments;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.standard.Standards;
import org.cthb.readiness.course.XapiActivities;
import org.cthb.readiness.xapi.LearningRecords;
import org.cthb.readiness.quiz.draw.OptionOrder;
import org.cthb.readiness.quiz.draw.QuestionDraw;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Starts, saves, submits and shows quiz attempts; the one service behind both the quiz pages and the API. */
@ApplicationScoped
public class QuizService {

    /** Draws and option orders must not be predictable from earlier ones. */
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Enrolments enrolments;
    @Inject
    CourseCatalog catalog;
    @Inject
    AttemptPolicy policy;
    @Inject
    QuizViews views;
    @Inject
    LearningRecords records;
    @Inject
    jakarta.enterprise.event.Event<ModulePassed> modulePassed;
    @Inject
    jakarta.enterprise.event.Event<QuizGraded> quizGraded;
    @Inject
    TrainingCycles cycles;
    @Inject
    Standards standards;

    /**
     * Resumes the open attempt if there is one; otherwise draws a new one, if the attempt policy allows. Two starts
     * at the same moment (a double click, two tabs) both end on the same attempt: the database keeps one open
     * attempt per learner and module (uq_attempt_open), the loser's transaction fails on it, and a fresh one reads
     * the winner's. Should that fail again, 409 says to reload rather than 500.
     */
    @RetriedOnConflict
    public AttemptView start(long accountId, String courseId, int versionNumber, String moduleId, String language) {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    startOnce(accountId, courseId, versionNumber, moduleId, language));
        } catch (RuntimeException e) {
            if (!DuplicateKey.isDuplicate(e) && !TransactionConflict.isConflict(e)) {
                throw e;
            }
        }
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    startOnce(accountId, courseId, versionNumber, moduleId, language));
        } catch (RuntimeException e) {
            if (DuplicateKey.isDuplicate(e) || TransactionConflict.isConflict(e)) {
                throw new org.cthb.readiness.error.Conflict("This quiz was being started in another window at the "
                        + "same moment; reload the page to continue with that attempt");
            }
            throw e;
        }
    }

    private AttemptView startOnce(long accountId, String courseId, int versionNumber, String moduleId,
                                  String language) {
        CourseCatalog.Version version = enrolments.requireVersion(accountId, courseId, versionNumber);
        CourseContent.ModuleContent module = module(version, moduleId);
        if (!module.shownTo(standards.nationOf(accountId))) {
            // Another nation's own module (from its overlay): not there for this learner.
            throw new NotFound("Version " + version.number() + " has no module " + moduleId);
        }
        List<QuizAttempt> earlier = QuizAttempt.of(accountId, version.id(), moduleId);
        QuizAttempt open = earlier.stream().filter(QuizAttempt::isOpen).findFirst()
                .orElseGet(() -> draw(accountId, version, module, earlier));
        return views.attempt(open, version, language);
    }

    @Transactional
    public AttemptView attempt(long accountId, long attemptId, String language) {
        QuizAttempt attempt = owned(accountId, attemptId, false);
        return views.attempt(attempt, catalog.versionById(attempt.versionId), language);
    }

    /**
     * Saves the options a learner chose, named as they are shown: by position in the attempt's order ("1", "2", ...).
     * The pages and the API save through here.
     */
    @Transactional
    public void saveShownAnswer(long accountId, long attemptId, String questionId, List<String> positions) {
        QuizAttempt attempt = owned(accountId, attemptId, false);
        attempt.requireOpen();
        if (!attempt.questionIds().contains(questionId)) {
            throw new InvalidInput("questionId", "question " + questionId + " is not part of attempt " + attemptId);
        }
        if (positions == null || positions.isEmpty()) {
            throw new InvalidInput("options", "choose at least one option");
        }
        saveAnswer(accountId, attemptId, questionId,
                ShownOptions.of(attempt).optionIds(question(attempt, questionId), positions));
    }

    /**
     * When the learner's attempt was submitted, or null while it is open: an answer sent late (queued offline) to
     * a submitted attempt is refused, the submitted attempt standing.
     */
    @Transactional
    public Instant submittedAt(long accountId, long attemptId) {
        QuizAttempt attempt = owned(accountId, attemptId, false);
        return attempt.isOpen() ? null : attempt.submittedAt;
    }

    /** Saves the options chosen by their ids in the course; for callers inside the service (and its tests). */
    @Transactional
    @RetriedOnConflict
    public void saveAnswer(long accountId, long attemptId, String questionId, List<String> optionIds) {
        QuizAttempt attempt = owned(accountId, attemptId, false);
        attempt.requireOpen();
        if (!attempt.questionIds().contains(questionId)) {
            throw new InvalidInput("questionId", "question " + questionId + " is not part of attempt " + attemptId);
        }
        CourseContent.QuestionContent question = question(attempt, questionId);
        Set<String> chosen = validOptions(question, optionIds);
        AttemptAnswer answer = AttemptAnswer.findById(new AttemptAnswer.Key(attemptId, questionId));
        if (answer == null) {
            answer = new AttemptAnswer();
            answer.key = new AttemptAnswer.Key(attemptId, questionId);
        }
        answer.options = String.join(",", chosen);
        answer.answeredAt = Instant.now();
        answer.persist();
        records.record(accountId, LearningRecords.Verb.ANSWERED, XapiActivities.quiz(catalog.versionById(
                attempt.versionId), attempt.moduleId) + "/question/" + questionId, questionId, null, null);
    }

    /** Grades once: a second submit of the same attempt returns the same result and changes nothing. */
    @Transactional
    @RetriedOnConflict
    public ResultView submit(long accountId, long attemptId, String language) {
        QuizAttempt attempt = owned(accountId, attemptId, true);
        if (attempt.isOpen()) {
            Map<String, AttemptAnswer> answers = AttemptAnswer.byQuestion(attemptId);
            long correct = 0;
            for (String questionId : attempt.questionIds()) {
                AttemptAnswer answer = answers.get(questionId);
                boolean right = answer != null && Grading.isCorrect(question(attempt, questionId), answer.optionIds());
                if (answer != null) {
                    answer.correct = right;
                }
                correct += right ? 1 : 0;
            }
            attempt.grade(Grading.percent(correct, attempt.questionIds().size()));
            CourseCatalog.Version version = catalog.versionById(attempt.versionId);
            String quiz = XapiActivities.quiz(version, attempt.moduleId);
            records.record(accountId, attempt.passed ? LearningRecords.Verb.PASSED : LearningRecords.Verb.FAILED,
                    quiz, attempt.moduleId, attempt.passed, attempt.score);
            if (attempt.passed) {
                records.record(accountId, LearningRecords.Verb.COMPLETED, XapiActivities.module(version,
                        attempt.moduleId), attempt.moduleId, true, attempt.score);
            }
            quizGraded.fire(new QuizGraded(accountId, attempt.versionId, attempt.moduleId, attempt.score,
                    attempt.passed));
            if (attempt.passed) {
                modulePassed.fire(new ModulePassed(accountId, attempt.versionId, attempt.moduleId, attempt.score,
                        attempt.id));
            }
        }
        return views.result(attempt, catalog.versionById(attempt.versionId), language);
    }

    @Transactional
    public ResultView result(long accountId, long attemptId, String language) {
        QuizAttempt attempt = owned(accountId, attemptId, false);
        if (attempt.isOpen()) {
            throw new org.cthb.readiness.error.Conflict("Attempt " + attemptId + " has not been submitted yet");
        }
        return views.result(attempt, catalog.versionById(attempt.versionId), language);
    }

    /** Where the learner stands on each quiz of a version in their current round of training, for the dashboard. */
    @Transactional
    public Map<String, QuizOutcome> outcomes(long accountId, long versionId, TrainingCycle cycle) {
        Map<String, QuizOutcome> outcomes = new java.util.HashMap<>();
        for (QuizAttempt a : QuizAttempt.<QuizAttempt>list("accountId = ?1 and versionId = ?2 order by attemptNo",
                accountId, versionId)) {
            if (!cycle.counts(a)) {
                continue;
            }
            QuizOutcome before = outcomes.getOrDefault(a.moduleId, QuizOutcome.NONE);
            outcomes.put(a.moduleId, before.with(a));
        }
        for (AttemptGrant grant : AttemptGrant.inCycle(accountId, cycle)) {
            outcomes.put(grant.moduleId, outcomes.getOrDefault(grant.moduleId, QuizOutcome.NONE)
                    .withGranted(grant.extraAttempts));
        }
        return outcomes;
    }

    /** Modules the learner passed in an earlier round of training: renewing, they may take those quizzes first. */
    @Transactional
    public Set<String> passedInEarlierRounds(long accountId, TrainingCycle cycle) {
        Set<String> modules = new java.util.TreeSet<>();
        // a revoked certificate (certifiedUntil null) is earned again from the lessons
        if (cycle.since() == null || cycle.certifiedUntil() == null) {
            return modules;
        }
        for (QuizAttempt a : QuizAttempt.<QuizAttempt>list("accountId = ?1 and passed = true", accountId)) {
            if (!cycle.counts(a)) {
                modules.add(a.moduleId);
            }
        }
        return modules;
    }

    private QuizAttempt draw(long accountId, CourseCatalog.Version version, CourseContent.ModuleContent module,
                             List<QuizAttempt> earlier) {
        TrainingCycle cycle = cycles.of(accountId);
        policy.requireAnotherAttempt(module, earlier.stream().filter(cycle::counts).toList(), cycle,
                AttemptGrant.extraFor(accountId, module.id(), cycle));
        QuizGate.Progress progress = QuizGate.progress(accountId, version.id(), module,
                passedInEarlierRounds(accountId, cycle).contains(module.id()));
        QuizGate.requireOpen(module, progress);
        List<CourseContent.QuestionContent> drawn = QuestionDraw.draw(module.quiz(), seenQuestions(accountId,
                module.id()), progress.viaAlternative(), RANDOM);
        Map<String, List<String>> optionOrder = new LinkedHashMap<>();
        drawn.forEach(q -> optionOrder.put(q.id(), OptionOrder.forQuestion(q, RANDOM)));
        QuizAttempt attempt = new QuizAttempt();
        attempt.accountId = accountId;
        attempt.versionId = version.id();
        attempt.moduleId = module.id();
        attempt.attemptNo = earlier.size() + 1;
        // The minimum standard may ask more than the quiz's own mark (a nation's overlay, say): the higher wins.
        attempt.passMark = Math.max(module.quiz().passMark(),
                standards.forAccount(accountId).requirement().passMark());
        attempt.startedAt = Instant.now();
        attempt.questions = String.join(",", drawn.stream().map(CourseContent.QuestionContent::id).toList());
        attempt.optionOrder = ShownOptions.write(optionOrder);
        attempt.persist();
        // Written now, so that a concurrent start of the same quiz fails here, on the unique open attempt.
        attempt.flush();
        records.record(accountId, LearningRecords.Verb.ATTEMPTED, XapiActivities.quiz(version, module.id()),
                module.id(), null, null);
        return attempt;
    }

    /** Questions of this module the learner was asked before, in any version and round: a new draw avoids them. */
    private static Set<String> seenQuestions(long accountId, String moduleId) {
        Set<String> seen = new HashSet<>();
        for (QuizAttempt a : QuizAttempt.<QuizAttempt>list("accountId = ?1 and moduleId = ?2", accountId, moduleId)) {
            seen.addAll(a.questionIds());
        }
        return seen;
    }

    /** Another person's attempt answers 404, exactly like one that does not exist. */
    private static QuizAttempt owned(long accountId, long attemptId, boolean lock) {
        return (lock ? QuizAttempt.lockedById(attemptId) : QuizAttempt.<QuizAttempt>findByIdOptional(attemptId))
                .filter(a -> a.accountId == accountId)
                .orElseThrow(() -> new NotFound("No attempt " + attemptId));
    }

    private CourseContent.QuestionContent question(QuizAttempt attempt, String questionId) {
        return module(catalog.versionById(attempt.versionId), attempt.moduleId).quiz().question(questionId)
                .orElseThrow(() -> new NotFound("No question " + questionId));
    }

    static CourseContent.ModuleContent module(CourseCatalog.Version version, String moduleId) {
        return version.content().module(moduleId)
                .orElseThrow(() -> new NotFound("Version " + version.number() + " has no module " + moduleId));
    }

    private static Set<String> validOptions(CourseContent.QuestionContent question, List<String> optionIds) {
        if (optionIds == null || optionIds.isEmpty()) {
            throw new InvalidInput("options", "choose at least one option");
        }
        Set<String> known = new TreeSet<>(question.options().stream().map(CourseContent.OptionContent::id).toList());
        Set<String> chosen = new TreeSet<>(optionIds);
        for (String id : chosen) {
            if (!known.contains(id)) {
                throw new InvalidInput("options", "option " + id + " does not exist in question " + question.id());
            }
        }
        if (question.type().singleAnswer() && chosen.size() > 1) {
            throw new InvalidInput("options", "question " + question.id() + " takes exactly one answer");
        }
        return chosen;
    }
}
