package org.cthb.readiness.authoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AuthoringPageTest {

    private static String draft(String course) {
        return "/author/courses/" + course + "/draft";
    }

    private static String question(String course, String id) {
        return draft(course) + "/modules/basics/questions/" + id;
    }

    /** Opens the course page and creates the draft with its form, as an author would. */
    private static FormClient openDraft(String course) {
        FormClient author = new FormClient(Fixtures.author());
        author.open("/author/courses/" + course);
        Response created = author.submit(draft(course), Map.of());
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith(draft(course));
        return author;
    }

    @Test
    void anAuthorEditsAQuestionWithTheFormsAndPublishesIt() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        author.open(question(course, "q1"));
        Response saved = author.submit(question(course, "q1"), Map.of("text_en", "What, in the policy, is trafficking?",
                "o2_feedback_fr", "Non : c'est une atteinte grave (p4)."));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(question(course, "q1") + "?saved=1");
        assertThat(author.open(question(course, "q1")).select("#text_en").val())
                .isEqualTo("What, in the policy, is trafficking?");

        author.open(draft(course));
        assertThat(author.page().select("p.ok").text()).contains("can be published");
        author.open(draft(course) + "/publish");
        Response published = author.submit(draft(course) + "/publish", Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(published.header("Location")).endsWith("/author/courses/" + course + "?published=2");

        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/compare?from=1&to=2").then()
                .body("modules[0].questions[0].id", equalTo("q1"))
                .body("modules[0].questions[0].fields", contains("text.en", "options[b].feedback.fr"));
        assertThat(author.open("/author/courses/" + course + "/compare?from=1&to=2").select("main li").text())
                .contains("q1").contains("text.en");
    }

    @Test
    void savingEveryFormUnchangedChangesNothing() {
        String course = Fixtures.freshCourse("valid-sensitive");
        FormClient author = openDraft(course);
        String module = draft(course) + "/modules/basics";
        for (String page : List.of(draft(course), module, module + "/lessons/01-intro", module + "/quiz",
                module + "/questions/q1", module + "/questions/q2")) {
            author.open(page);
            String action = page.equals(draft(course)) ? page + "/details" : page;
            assertThat(author.submit(action, Map.of()).statusCode()).as(page).isEqualTo(303);
        }
        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/compare?from=1&to=draft").then()
                .body("courseFields", equalTo(List.of())).body("modules", equalTo(List.of()));
        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/draft").then()
                .body("revision", equalTo(7));
    }

    @Test
    void untranslatedFrenchIsFlaggedAndTheValidatorNamesFileAndLine() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        author.open(question(course, "q1"));
        author.submit(question(course, "q1"), Map.of("text_fr", "", "o1_text_fr", "A grave abuse of human rights"));
        Document page = author.open(question(course, "q1"));
        assertThat(page.select("label[for=text_fr] .flag")).hasSize(1);
        assertThat(page.select("label[for=o1_text_fr] .flag")).hasSize(1);
        assertThat(page.select("label[for=o2_text_fr] .flag")).isEmpty();

        Document overview = author.open(draft(course));
        assertThat(overview.select("ul.problems li").eachText()).contains("Question q1 of module “Basics”: The French text is empty: write it.");
        assertThat(overview.select("details li").eachText()).contains("modules[basics].quiz.questions[q1].text");
        // The page offers no way to publish; a form sent all the same is refused.
        assertThat(overview.select("#publish").attr("disabled")).isNotNull();
        assertThat(overview.select("form[action$=/publish]")).isEmpty();
        assertThat(author.open(draft(course) + "/publish").select("form[action$=/publish]")).isEmpty();
        author.open(draft(course));
        Response refused = author.post(draft(course) + "/publish", author.fields(draft(course) + "/details"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Fixtures.as(Fixtures.author()).get("/api/courses/" + course + "/versions").then().body("version", contains(1));
    }

    @Test
    void aStaleFormIsRefusedWith409AndAClearMessage() {
        String course = Fixtures.freshCourse("valid");
        FormClient first = openDraft(course);
        FormClient second = new FormClient(Fixtures.author());
        first.open(question(course, "q2"));
        second.open(question(course, "q2"));
        assertThat(first.submit(question(course, "q2"), Map.of("paragraph", "16")).statusCode()).isEqualTo(303);

        Response stale = second.submit(question(course, "q2"), Map.of("paragraph", "17"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Someone else saved the draft");
        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/draft").then()
                .body("content.modules[0].quiz.questions[1].paragraph", equalTo("16"));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        String course = Fixtures.freshCourse("valid");
        FormClient author = openDraft(course);
        author.open(draft(course));
        Map<String, String> fields = author.fields(draft(course) + "/details");
        assertThat(fields).containsKey("csrf-token");
        fields.remove("csrf-token");
        fields.put("title_en", "Changed without a token");
        // A browser signed in by its session cookie (Basic credentials, as scripts send them, need no token).
        var browser = org.cthb.readiness.Sessions.signIn(Fixtures.author());
        assertThat(org.cthb.readiness.Sessions.as(browser).formParams(fields).post(draft(course) + "/details")
                .statusCode()).isEqualTo(403);
        Fixtures.as(Fixtures.author()).get("/api/authoring/courses/" + course + "/draft").then()
                .body("revision", equalTo(1)).body("content.title.en", equalTo("Mini course"));
    }

    @Test
    void everyFormOnTheAuthorPagesCarriesACsrfToken() {
        String course = Fixtures.freshCourse("valid-sensitive");
        FormClient author = openDraft(course);
        String module = draft(course) + "/modules/basics";
        for (String page : List.of("/author", "/author/courses/" + course, draft(course), module,
                module + "/lessons/01-intro", module + "/quiz", module + "/questions/q1")) {
            Document document = author.open(page);
            List<Element> posts = document.select("form[method=post]");
            assertThat(posts).as(page).isNotEmpty();
            for (Element form : posts) {
                assertThat(form.select("input[type=hidden][name=csrf-token]").attr("value")).as(page + " " + form.attr("action"))
                        .isNotBlank();
            }
        }
        Fixtures.as(Fixtures.author()).get("/api/courses/" + course + "/versions").then().body("version", hasItem(1));
    }
}
