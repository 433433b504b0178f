package org.cthb.readiness.authoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * Authors see their mistakes where they make them: beside the field at fault, in the words of the form (never a
 * file or a line), with a link there from the draft's page; "Saved" says whether problems remain; "Publish" cannot
 * be pressed while they do, and asks for confirmation with a summary of what changes.
 */
@QuarkusTest
class AuthorMistakesPageTest {

    private static String draft(String course) {
        return "/author/courses/" + course + "/draft";
    }

    private static FormClient openDraft(String course) {
        FormClient author = new FormClient(Fixtures.author());
        author.open("/author/courses/" + course);
        assertThat(author.submit(draft(course), Map.of()).statusCode()).isEqualTo(303);
        return author;
    }

    @Test
    void aWrongPassMarkIsShownBesideItsFieldAndBlocksPublishingUntilFixed() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        String quiz = draft(course) + "/modules/basics/quiz";
        author.open(quiz);
        Response saved = author.submit(quiz, Map.of("passMark", "0"));
        assertThat(saved.header("Location")).endsWith(quiz + "?saved=1");

        Document page = author.open(quiz + "?saved=1");
        assertThat(page.select("[role=status]").text())
                .contains("Saved (revision 2)", "still has 1 problem").doesNotContain("no problems left");
        Element field = page.selectFirst("#passMark");
        assertThat(field.attr("aria-describedby")).isEqualTo("passMark-error");
        Element error = page.selectFirst("#passMark-error");
        assertThat(error.text()).isEqualTo("Pass mark (%) must be between 1 and 100 (it is 0).");
        assertThat(field.nextElementSibling()).isEqualTo(error);
        assertThat(page.select(".alert a[href=#passMark]").text()).contains("Pass mark (%)");

        Document overview = author.open(draft(course));
        Element problem = overview.selectFirst("ul.problems li");
        assertThat(problem.text()).isEqualTo("Quiz of module “Basics”: Pass mark (%) must be between 1 and 100 (it is 0).");
        assertThat(problem.selectFirst("a").attr("href")).isEqualTo(quiz + "#passMark");
        assertThat(overview.select("ul.problems").text()).doesNotContain(".yaml", ".md", "passMark must");
        assertThat(overview.selectFirst("#publish").hasAttr("disabled")).isTrue();
        assertThat(overview.select("form[action$=/draft/publish]")).isEmpty();
        assertThat(author.open(draft(course) + "/publish").select("form[action$=/draft/publish]")).isEmpty();

        author.open(quiz);
        author.submit(quiz, Map.of("passMark", "75"));
        page = author.open(quiz + "?saved=1");
        assertThat(page.select("[role=status]").text()).contains("Saved (revision 3)", "no problems left");
        assertThat(page.select(".field-error")).isEmpty();
        assertThat(page.selectFirst("#passMark").hasAttr("aria-describedby")).isFalse();

        overview = author.open(draft(course));
        assertThat(overview.selectFirst("a#publish").attr("href")).isEqualTo(draft(course) + "/publish");
        Document review = author.open(draft(course) + "/publish");
        assertThat(review.select("#changes li").eachText()).containsExactly(
                "Module “Basics”: 1 setting(s), 0 lesson(s) and 0 question(s) added, removed or changed");
        assertThat(review.selectFirst("#publish").text()).isEqualTo("Yes, publish version 2");
        Fixtures.as(Fixtures.author()).get("/api/courses/" + course + "/versions").then().body("version", contains(1));
        Response published = author.submit(draft(course) + "/publish", Map.of());
        assertThat(published.header("Location")).endsWith("/author/courses/" + course + "?published=2");
    }

    @Test
    void aLessonProblemLeadsToTheLessonFieldInFrench() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        String lesson = draft(course) + "/modules/basics/lessons/01-intro";
        author.open(lesson);
        author.submit(lesson, Map.of("fr_title", ""));
        Document overview = author.open(draft(course));
        Element link = overview.selectFirst("ul.problems li a");
        assertThat(link.attr("href")).isEqualTo(lesson + "#fr_title");
        assertThat(link.text()).contains("(French)");
        Document page = author.open(lesson);
        assertThat(page.selectFirst("#fr_title").attr("aria-describedby")).isEqualTo("fr_title-error");
        assertThat(page.selectFirst("#fr_title-error").text()).isNotBlank().doesNotContain(".md");
    }

    @Test
    void anAuthorAddsAModuleAndALessonAndTheDraftListsWhatIsLeftToWrite() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        author.open(draft(course));
        Response added = author.submit(draft(course) + "/modules", Map.of("id", "first-aid", "title_en",
                "First aid", "title_fr", "Premiers secours"));
        String module = draft(course) + "/modules/first-aid";
        assertThat(added.header("Location")).endsWith(module + "?saved=1");
        Document page = author.open(module + "?saved=1");
        assertThat(page.select("[role=status]").text()).contains("still has");
        assertThat(page.select("#roles-error").text()).isEqualTo("Choose at least one role who must take this module.");
        assertThat(page.select("#title_en").val()).isEqualTo("First aid");

        Response lesson = author.submit(module + "/lessons", Map.of("id", "recovery-position", "title_en",
                "The recovery position", "title_fr", "La position latérale de sécurité"));
        assertThat(lesson.header("Location")).endsWith(module + "/lessons/01-recovery-position?saved=1");
        Document lessonPage = author.open(module + "/lessons/01-recovery-position");
        assertThat(lessonPage.select("#fr_title").val()).isEqualTo("La position latérale de sécurité");
        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/draft").then()
                .body("content.modules[1].id", org.hamcrest.Matchers.equalTo("first-aid"))
                .body("content.modules[1].lessons[0].name", org.hamcrest.Matchers.equalTo("01-recovery-position"));

        author.open(draft(course));
        Response refused = author.submit(draft(course) + "/modules", Map.of("id", "Not An Id", "title_en", "x",
                "title_fr", "y"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("lower-case letters, digits and hyphens");
    }

    @Test
    void aCourseZipUploadedFromThePagesIsPublishedOrShownBackWithItsProblems() throws Exception {
        String email = Fixtures.author();
        FormClient author = new FormClient(email);
        Document list = author.open("/author");
        assertThat(list.select("form[action=/author/upload][enctype=multipart/form-data] input[type=file]#course-zip"))
                .hasSize(1);
        assertThat(list.select("label[for=course-zip]").text()).isEqualTo("Course zip");

        String good = "up-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Response published = upload(email, zip("valid", good));
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.header("Location")).endsWith("/author/courses/" + good + "?published=1");

        Response refused = upload(email, folderZip("no-correct-option"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = org.jsoup.Jsoup.parse(refused.asString());
        assertThat(page.select("ul.problems li").text()).contains("has no correct option");
        assertThat(page.select("form[action=/author/upload] input[type=file]")).hasSize(1);
    }

    private static Response upload(String email, byte[] zip) {
        return io.restassured.RestAssured.given().auth().preemptive().basic(email, org.cthb.readiness.TestAccounts.PASSWORD)
                .redirects().follow(false).multiPart("file", "course.zip", zip, "application/zip").post("/author/upload");
    }

    /** A fixture folder zipped file by file, as an author zips a folder of their own. */
    private static byte[] folderZip(String fixture) throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/test/resources/course-fixtures", fixture);
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
             var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(fixture + "/" + root.relativize(file).toString().replace('\\', '/')));
                zip.write(java.nio.file.Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A fixture folder under a new course id, zipped as the course file format. */
    private static byte[] zip(String fixture, String id) throws java.io.IOException {
        var read = org.cthb.readiness.course.files.CourseReader.read(
                java.nio.file.Path.of("src/test/resources/course-fixtures", fixture));
        var content = read.content();
        var out = new java.io.ByteArrayOutputStream();
        org.cthb.readiness.course.files.CourseWriter.zip(new org.cthb.readiness.course.files.CourseContent(id,
                content.title(), content.description(), content.modules(), content.assets()), out);
        return out.toByteArray();
    }
}
