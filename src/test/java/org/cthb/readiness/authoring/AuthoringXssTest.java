package org.cthb.readiness.authoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Authored content is untrusted: payloads typed into the forms never reach the preview or a learner's page. */
@QuarkusTest
class AuthoringXssTest {

    private static final String SHIPPED = "cthb-predeployment";
    private static final String MODULE = "why-it-matters";
    private static final String LESSON = "01-a-grave-abuse";

    @Inject
    CourseCatalog catalog;

    private static String all(Iterable<String> payloads) {
        return String.join("\n\n", payloads);
    }

    @Test
    void thePreviewShowsNoPayloadAndTheValidatorRefusesThem() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = new FormClient(Fixtures.author());
        String lesson = "/author/courses/" + course + "/draft/modules/basics/lessons/01-intro";
        author.open("/author/courses/" + course);
        author.submit("/author/courses/" + course + "/draft", Map.of());
        author.open(lesson);
        String payloads = all(ActiveContent.PAYLOADS) + "\n\n" + all(ActiveContent.DISGUISED);
        assertThat(author.submit(lesson, Map.of("en_title", String.join(" ", ActiveContent.PAYLOADS), "en_markdown", payloads,
                "fr_markdown", payloads)).statusCode()).isEqualTo(303);

        Document preview = author.open(lesson);
        assertThat(preview.select("#preview").text()).contains("click me");
        assertThat(preview.select("#en_title").val()).isEqualTo(String.join(" ", ActiveContent.PAYLOADS));
        ActiveContent.assertNone(preview, "the lesson preview");
        Document overview = author.open("/author/courses/" + course + "/draft");
        ActiveContent.assertNone(overview, "the draft page");
        assertThat(overview.select("ul.problems li").text()).contains("raw HTML <script> is not allowed")
                .contains("raw HTML <iframe> is not allowed").contains("event handler attribute onerror is not allowed")
                .contains("javascript: URL is not allowed");
        // "Publish" is disabled while the draft has problems, and a form sent all the same is refused.
        assertThat(overview.select("#publish").hasAttr("disabled")).isTrue();
        author.open("/author/courses/" + course + "/draft");
        assertThat(author.post("/author/courses/" + course + "/draft/publish",
                author.fields("/author/courses/" + course + "/draft/details")).statusCode()).isEqualTo(422);
    }

    @Test
    void payloadsPublishedThroughTheFormsNeverReachALearnersPage() {
        CourseContent before = catalog.current(SHIPPED).content();
        try {
            int version = publishPayloads();
            String learnerEmail = TestAccounts.create(Role.LEARNER, null);
            FormClient learner = new FormClient(learnerEmail);
            Document dashboard = learner.open("/learn");
            assertThat(dashboard.text()).contains("alert('xss')");
            ActiveContent.assertNone(dashboard, "the dashboard");
            Document lesson = learner.open("/learn/v/" + version + "/" + MODULE + "/" + LESSON);
            assertThat(lesson.select("main h1").text()).contains("<script>");
            assertThat(lesson.select("article.lesson").text()).contains("click me");
            ActiveContent.assertNone(lesson, "the lesson");
            org.cthb.readiness.quiz.LessonsDone.forModule(learnerEmail, version, MODULE);
            Document quiz = learner.open("/learn/v/" + version + "/" + MODULE + "/quiz");
            assertThat(quiz.select("fieldset.question").text()).contains("<iframe");
            ActiveContent.assertNone(quiz, "the quiz");
        } finally {
            Restore.publish(SHIPPED, before);
        }
    }

    private static void assertSaved(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(303);
    }

    /** Types payloads into module, lesson and question forms of the shipped course and publishes; its version. */
    private static int publishPayloads() {
        FormClient author = new FormClient(Fixtures.author());
        String draft = "/author/courses/" + SHIPPED + "/draft";
        String module = draft + "/modules/" + MODULE;
        author.open("/author/courses/" + SHIPPED);
        author.submit(draft, Map.of());
        author.open(module);
        assertThat(author.submit(module, Map.of("title_en", "Why it matters " + String.join(" ", ActiveContent.PAYLOADS)))
                .statusCode()).isEqualTo(303);
        author.open(module + "/lessons/" + LESSON);
        String markdown = author.fields(module + "/lessons/" + LESSON).get("en_markdown");
        assertSaved(author.submit(module + "/lessons/" + LESSON, Map.of("en_title", "A grave abuse " + ActiveContent.PAYLOADS.get(0),
                "en_markdown", markdown + "\n\n" + all(ActiveContent.DISGUISED) + "\n")));
        Document quiz = author.open(module + "/quiz");
        String pool = String.valueOf(quiz.select("main table tbody tr").size());
        assertSaved(author.submit(module + "/quiz", Map.of("draw", pool)));
        author.open(module + "/questions/q01");
        assertSaved(author.submit(module + "/questions/q01", Map.of("text_en", "Which? "
                + String.join(" ", ActiveContent.PAYLOADS), "o1_text_en", ActiveContent.PAYLOADS.get(1))));
        // Publishing is confirmed on the review page, which summarises what changes.
        author.open(draft + "/publish");
        Response published = author.submit(draft + "/publish", Map.of());
        assertThat(published.statusCode()).as(published.asString()).isEqualTo(303);
        return Integer.parseInt(published.header("Location").replaceAll(".*published=", ""));
    }
}
