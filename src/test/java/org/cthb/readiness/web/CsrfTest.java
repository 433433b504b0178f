package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * CSRF: every state-changing request a browser authenticates with its session cookie needs the token, whatever its
 * content type; sign-in too; scripts with their own credentials need none; a refused form keeps what was typed.
 */
@QuarkusTest
class CsrfTest {

    @Test
    void plainTextAndBodilessPostsWithTheSessionCookieNeedTheToken() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        Map<String, String> browser = Sessions.signIn(learner);
        int version = Sessions.as(browser).get("/api/learning/dashboard").then().statusCode(200)
                .extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(learner, version, "why-it-matters");
        String start = "/api/learning/versions/" + version + "/modules/why-it-matters/attempts";

        // No body, no token: refused with a problem that says what to send.
        Sessions.as(browser).post(start).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("X-CSRF-TOKEN"));
        // text/plain, as a cross-site form can send without a preflight: refused, and the page explains it.
        Response page = Sessions.as(browser).header("Accept", "text/html").contentType("text/plain").body("x=1")
                .post("/signout");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("Your form was not accepted", "security token");
        assertThat(page.cookie("cthb-session")).as("still signed in").isNull();
        Sessions.as(browser).cookie("cthb-lang", "fr").header("Accept", "text/html").contentType("text/plain")
                .body("x=1").post("/signout").then().statusCode(403)
                .body(containsString("Votre formulaire n&#39;a pas été accepté"));

        // With the token in the header, the same bodiless request is done.
        Sessions.as(browser).header("X-CSRF-TOKEN", browser.get("cthb-csrf")).post(start).then().statusCode(200);
        // And the sign-out form, with the token in its field, signs out.
        String token = Sessions.formToken(Sessions.as(browser).get("/learn").asString());
        Response signedOut = Sessions.as(browser).formParam("csrf-token", token).post("/signout");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.cookie("cthb-session")).isEmpty();
    }

    @Test
    void scriptsWithBasicCredentialsNeedNoTokenAsTheReadmeShows() throws IOException {
        String author = TestAccounts.create(Role.AUTHOR, null);
        // curl -u author -F file=@course.zip .../api/courses/validate
        given().auth().preemptive().basic(author, TestAccounts.PASSWORD)
                .multiPart("file", "course.zip", zip(Path.of("courses")), "application/zip")
                .post("/api/courses/validate").then().statusCode(200);
        // A browser replaying remembered Basic credentials from another site still needs the token.
        given().auth().preemptive().basic(author, TestAccounts.PASSWORD).header("Sec-Fetch-Site", "cross-site")
                .cookie("cthb-session", "anything").contentType("text/plain").body("x")
                .post("/api/courses/validate").then().statusCode(403);
    }

    @Test
    void signInNeedsTheTokenOfTheSignInForm() {
        String learner = TestAccounts.create(Role.LEARNER, null);
        // A form on another site signing the victim in as the attacker: no token, no session.
        Response forged = given().redirects().follow(false).formParam("email", learner)
                .formParam("password", TestAccounts.PASSWORD).post("/j_security_check");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.cookie("cthb-session")).isNull();
        assertThat(forged.asString()).contains("Your form was not accepted", "href=\"/signin\"");
        // A token that is not the cookie's is no better.
        Sessions.SignInForm form = Sessions.signInForm();
        Response wrong = given().redirects().follow(false).cookie("cthb-csrf", "A".repeat(43))
                .formParam("email", learner).formParam("password", TestAccounts.PASSWORD).post(form.action());
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.cookie("cthb-session")).isNull();
        // The real form signs in, and the token changes with the session.
        Map<String, String> cookies = Sessions.signIn(learner);
        assertThat(cookies.get("cthb-csrf")).isNotEqualTo(form.cookies().get("cthb-csrf"));
    }

    @Test
    void theLanguageSwitchIsAPostWithTheToken() {
        given().redirects().follow(false).get("/language/fr?next=/signin").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(404), org.hamcrest.Matchers.is(405)))
                .header("Set-Cookie", org.hamcrest.Matchers.not(containsString("cthb-lang")));
        Map<String, String> browser = Sessions.signIn(TestAccounts.create(Role.LEARNER, null));
        Sessions.as(browser).formParam("lang", "fr").formParam("next", "/learn").post("/language").then()
                .statusCode(403);
        String token = Sessions.formToken(Sessions.as(browser).get("/learn").asString());
        Response switched = Sessions.as(browser).formParam("csrf-token", token).formParam("lang", "fr")
                .formParam("next", "/learn").post("/language");
        switched.then().statusCode(303).header("Location", containsString("/learn"));
        assertThat(switched.cookie("cthb-lang")).isEqualTo("fr");
    }

    @Test
    void aQuizAnswerRefusedForItsTokenIsKeptAndCanBeSentAgain() {
        String email = TestAccounts.create(Role.LEARNER, null);
        Map<String, String> browser = Sessions.signIn(email);
        int version = Sessions.as(browser).get("/api/learning/dashboard").then().statusCode(200)
                .extract().path("version");
        org.cthb.readiness.quiz.LessonsDone.forModule(email, version, "why-it-matters");
        String attempt = Sessions.as(browser).get("/learn/v/" + version + "/why-it-matters/quiz").then()
                .statusCode(303).extract().header("Location");
        attempt = attempt.replaceFirst("^https?://[^/]+", "");
        Document page = Jsoup.parse(Sessions.as(browser).get(attempt).asString());
        Element choice = page.selectFirst("input[type=radio], input[type=checkbox]");
        String action = page.selectFirst("form[action^=/learn/attempts/]").attr("action");

        // After a long pause the browser has lost the CSRF cookie: the answer comes back on a page that explains.
        Map<String, String> withoutCsrfCookie = new HashMap<>(browser);
        withoutCsrfCookie.remove("cthb-csrf");
        Response refused = Sessions.as(withoutCsrfCookie).header("Accept", "text/html")
                .header("Origin", io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":"
                        + io.restassured.RestAssured.port)
                .formParam("csrf-token", Sessions.formToken(page.outerHtml())).formParam(choice.attr("name"), choice.val())
                .formParam("save", "1").post(action);
        assertThat(refused.statusCode()).isEqualTo(403);
        Document explained = Jsoup.parse(refused.asString());
        assertThat(explained.text()).contains("Your form was not accepted", "nothing was saved");
        Element again = explained.selectFirst("main form[action=" + action + "]");
        assertThat(again).as(refused.asString()).isNotNull();
        assertThat(again.selectFirst("input[type=hidden][name=" + choice.attr("name") + "]").val())
                .isEqualTo(choice.val());
        String api = "/api/learning/attempts/" + action.substring(action.lastIndexOf('/') + 1);
        String chosen = "questions.find { 'q-' + it.id == '" + choice.attr("name") + "' }.chosen";
        assertThat(Sessions.as(browser).get(api).jsonPath().getList(chosen)).isEmpty();

        // Sending it again from that page (its fresh token and cookie) saves the answer.
        Map<String, String> renewed = new HashMap<>(withoutCsrfCookie);
        renewed.putAll(refused.cookies());
        var resend = Sessions.as(renewed);
        for (Element field : again.select("input[type=hidden]")) {
            resend.formParam(field.attr("name"), field.val());
        }
        resend.post(action).then().statusCode(303);
        assertThat(Sessions.as(browser).get(api).jsonPath().getList(chosen)).containsExactly(choice.val());

        // A stale token in the form (the cookie has moved on) is refused the same way; a form from another site
        // only shows what it carried, without a button that would send it.
        Response foreign = Sessions.as(browser).header("Accept", "text/html").header("Origin", "https://evil.example")
                .formParam("csrf-token", "B".repeat(43)).formParam(choice.attr("name"), choice.val()).post(action);
        assertThat(foreign.statusCode()).isEqualTo(403);
        Document shown = Jsoup.parse(foreign.asString());
        assertThat(shown.selectFirst("main form[action=" + action + "]")).isNull();
        assertThat(shown.select("textarea").eachText()).contains(choice.val());
    }

    private static byte[] zip(Path root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().contains("cthb-predeployment"))
                    .sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
