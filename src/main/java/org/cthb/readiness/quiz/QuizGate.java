package org.cthb.readiness.quiz;

import io.quarkus.hibernate.orm.panache.Panache;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.error.Conflict;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lessons before the quiz: a module's quiz opens once its lessons are done (the non-graphic alternative counts the
 * same), so the certificate attests learning rather than guessing. A learner renewing a certificate may take the
 * quiz of a module they passed in an earlier round directly (recertification): they learned it once, and the quiz
 * checks they still know it. A revoked certificate gives no such right. A module that a new role adds was never passed, so its lessons come first.
 */
public final class QuizGate {

    /**
     * @param lessonsLeft    lessons of the module not done yet in this version, in course order
     * @param viaAlternative whether the learner read the non-graphic alternative of one of the module's lessons
     * @param renewing       whether the learner passed this module in an earlier round of training
     */
    public record Progress(List<String> lessonsLeft, boolean viaAlternative, boolean renewing) {

        public boolean quizOpen() {
            return lessonsLeft.isEmpty() || renewing;
        }
    }

    private QuizGate() {
    }

    /** Read from lesson_progress by id: quiz sits below learning, which calls into it. */
    static Progress progress(long accountId, long versionId, CourseContent.ModuleContent module, boolean renewing) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select lesson, via_alternative from lesson_progress
                where account_id = ?1 and version_id = ?2 and module_id = ?3""")
                .setParameter(1, accountId).setParameter(2, versionId).setParameter(3, module.id()).getResultList();
        Set<String> done = new HashSet<>();
        boolean viaAlternative = false;
        for (Object[] row : rows) {
            done.add((String) row[0]);
            viaAlternative |= row[1] instanceof Boolean b ? b : row[1] instanceof Number n && n.intValue() != 0;
        }
        List<String> left = module.lessons().stream().map(CourseContent.LessonContent::name)
                .filter(l -> !done.contains(l)).toList();
        return new Progress(left, viaAlternative, renewing);
    }

    static void requireOpen(CourseContent.ModuleContent module, Progress progress) {
        if (!progress.quizOpen()) {
            throw new Conflict("The quiz of this module opens once its lessons are done; still to do: "
                    + String.join(", ", progress.lessonsLeft()));
        }
    }
}
