package org.cthb.readiness.quiz;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.quiz.analysis.TestCourse;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.quiz.analysis.TestCourse.text;

/**
 * The engine with the course fields that steer a draw: a learner who chose the non-graphic alternative is never asked
 * a graphic-only question, a pinned option stays last, a content note reaches the question.
 */
@QuarkusTest
class QuizDrawServiceTest {

    @Inject
    QuizService quizzes;

    private static String courseId;

    @BeforeEach
    void importCourse() {
        if (courseId != null) {
            return;
        }
        TestCourse course = new TestCourse("draws");
        course.file("course.yaml", "id: " + course.id() + "\ntitle: " + text("Draws", "Tirages")
                + "\ndescription: " + text("For draws.", "Pour les tirages.") + "\nmodules:\n  - 01-m\n");
        course.file("01-m/module.yaml", "id: m\ntitle: " + text("M", "M") + "\nsummary: " + text("S", "S")
                + "\nroles: [ALL_PERSONNEL]\nlessons:\n  - 01-intro\nquiz: quiz.yaml\n");
        course.lesson("01-m", "01-intro", "Intro", "# Intro\n\nText.");
        course.file("01-m/quiz.yaml", "draw: 3\npassMark: 100\nattempts: 3\ncooldownMinutes: 0\nquestions:\n"
                + question("g1", "single", "graphicOnly: true\n") + question("s1", "scenario", "scenario: "
                + text("A case", "Un cas") + "\n") + question("q1", "single", "contentNote: "
                + text("Mentions abuse.", "Évoque des abus.") + "\n") + question("q2", "single", "") + "");
        courseId = course.id();
        Csrf.with(given().auth().preemptive().basic(TestAccounts.create(Role.AUTHOR, null), TestAccounts.PASSWORD))
                .multiPart("file", "c.zip", course.zip()).post("/api/courses/import").then().statusCode(201);
    }

    private static String question(String id, String type, String extra) {
        return "  - id: " + id + "\n    type: " + type + "\n    paragraph: \"" + id.charAt(1) + "\"\n"
                + (extra.isEmpty() ? "" : "    " + extra) + "    text: " + text("Question " + id, "Question " + id)
                + "\n    options:\n"
                + "      - id: a\n        correct: true\n        text: " + text("Right " + id, "Juste " + id)
                + "\n        feedback: " + text("Yes.", "Oui.") + "\n"
                + "      - id: b\n        text: " + text("Wrong " + id, "Faux " + id)
                + "\n        feedback: " + text("No.", "Non.") + "\n"
                + "      - id: z\n        pinned: true\n        text: " + text("None of these", "Aucune")
                + "\n        feedback: " + text("No.", "Non.") + "\n";
    }

    private long learner(boolean alternative) {
        long id = LessonsDone.accountId(TestAccounts.create(Role.LEARNER, null));
        LessonsDone.forModule(id, courseId, 1, "m", alternative);
        return id;
    }

    @Test
    void aLearnerWhoChoseTheAlternativeIsNeverAskedAGraphicOnlyQuestion() {
        for (int i = 0; i < 6; i++) {
            AttemptView attempt = quizzes.start(learner(true), courseId, 1, "m", "en");
            assertThat(attempt.questions()).extracting(AttemptView.QuestionView::id)
                    .containsExactlyInAnyOrder("s1", "q1", "q2");
        }
    }

    @Test
    void pinnedOptionsStayLastAndContentNotesAreShown() {
        for (int i = 0; i < 4; i++) {
            AttemptView attempt = quizzes.start(learner(false), courseId, 1, "m", "en");
            assertThat(attempt.questions()).extracting(AttemptView.QuestionView::id).contains("s1");
            for (AttemptView.QuestionView q : attempt.questions()) {
                List<String> texts = q.options().stream().map(AttemptView.OptionView::text).toList();
                assertThat(texts.get(2)).isEqualTo("None of these");
                assertThat(q.options()).extracting(AttemptView.OptionView::id).containsExactly("1", "2", "3");
                assertThat(q.contentNote()).isEqualTo(q.id().equals("q1") ? "Mentions abuse." : null);
            }
        }
    }

    @Test
    void theQuizStaysClosedUntilTheLessonsAreDone() {
        long id = LessonsDone.accountId(TestAccounts.create(Role.LEARNER, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> quizzes.start(id, courseId, 1, "m", "en"))
                .isInstanceOf(org.cthb.readiness.error.Conflict.class).hasMessageContaining("01-intro");
    }
}
