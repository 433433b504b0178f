package org.cthb.readiness.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;

import java.util.ArrayList;
import java.util.List;

/**
 * Test set-up for quizzes, which open only once a module's lessons are done: records the lessons as done (as the
 * lesson page's "done" button does), and finds which shown option positions are right, by the option texts.
 */
public final class LessonsDone {

    public static final String SHIPPED = "cthb-predeployment";

    private LessonsDone() {
    }

    /** Every lesson of the module done, in the shipped course's version {@code version}. */
    public static void forModule(String email, int version, String moduleId) {
        forModule(accountId(email), SHIPPED, version, moduleId);
    }

    public static void forModule(long accountId, String courseId, int version, String moduleId) {
        forModule(accountId, courseId, version, moduleId, false);
    }

    public static void forModule(long accountId, String courseId, int version, String moduleId,
                                 boolean viaAlternative) {
        CourseCatalog.Version v = CDI.current().select(CourseCatalog.class).get().version(courseId, version);
        CourseContent.ModuleContent module = v.content().module(moduleId).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            for (CourseContent.LessonContent lesson : module.lessons()) {
                em.createNativeQuery("insert ignore into lesson_progress (account_id, version_id, module_id, lesson, "
                                + "via_alternative) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, accountId).setParameter(2, v.id()).setParameter(3, moduleId)
                        .setParameter(4, lesson.name()).setParameter(5, viaAlternative).executeUpdate();
            }
        });
    }

    public static long accountId(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
    }

    /**
     * The positions ("1", "2", ...) shown in the attempt for the right options of a question ({@code rightly}) or,
     * otherwise, of one wrong option; matched by text in any language of the course.
     */
    public static List<String> positions(List<String> shownTexts, CourseContent.QuestionContent question,
                                         boolean rightly) {
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < shownTexts.size(); i++) {
            String text = shownTexts.get(i);
            CourseContent.OptionContent option = question.options().stream()
                    .filter(o -> o.text().en().equals(text) || o.text().fr().equals(text)
                            || o.text().others().containsValue(text)).findFirst().orElseThrow();
            if (option.correct() == rightly) {
                positions.add(String.valueOf(i + 1));
                if (!rightly) {
                    break;
                }
            }
        }
        return positions;
    }

    /** As above, reading the shown texts of question {@code index} of an attempt's JSON. */
    public static List<String> positions(JsonPath attempt, int index, CourseContent.QuestionContent question,
                                         boolean rightly) {
        return positions(attempt.getList("questions[" + index + "].options.text", String.class), question, rightly);
    }

    public static CourseContent.ModuleContent module(String courseId, int version, String moduleId) {
        return CDI.current().select(CourseCatalog.class).get().version(courseId, version).content().module(moduleId)
                .orElseThrow();
    }
}
