package org.cthb.readiness.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learners may be on slow, metered links: every learner page must arrive, compressed, in one round trip's worth
 * of bytes (14 KB), and with its stylesheet in under 50 KB.
 */
@QuarkusTest
class PageWeightTest {

    private static final int HTML_BUDGET = 14 * 1024;
    private static final int PAGE_BUDGET = 50 * 1024;
    private static final String COURSE = "cthb-predeployment";
    private static final String STYLESHEET = "/static/app.css";

    @TestHTTPResource("/")
    URL base;
    @Inject
    CourseCatalog catalog;

    private final HttpClient http = HttpClient.newHttpClient();

    /** One response as it crossed the network. */
    record Transfer(String path, int status, String encoding, int bytes, String cacheControl, String body) {
    }

    @Test
    void stylesheetIsCompressedAndCachedForDays() {
        Transfer css = fetch(STYLESHEET, "");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.encoding()).isEqualTo("gzip");
        assertThat(css.body()).contains(".button");
        assertThat(css.cacheControl()).as("Cache-Control of " + STYLESHEET).containsPattern("max-age=[1-9]\\d*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyLearnerPageFitsTheBudgetCompressed(String lang) {
        int css = fetch(STYLESHEET, "").bytes();
        List<Transfer> pages = learnerPages(lang);
        Transfer heaviest = pages.stream().max(Comparator.comparingInt(Transfer::bytes)).orElseThrow();
        System.out.printf("%d %s pages; heaviest %s: %d B HTML + %d B CSS, gzipped%n", pages.size(), lang,
                heaviest.path(), heaviest.bytes(), css);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.status()).as(page.path()).isEqualTo(200);
            assertThat(page.encoding()).as("Content-Encoding of " + page.path()).isEqualTo("gzip");
            assertThat(page.body()).as(page.path()).contains("<html lang=\"" + lang + "\">").contains("</html>");
            assertThat(page.bytes()).as("compressed HTML of " + page.path()).isLessThanOrEqualTo(HTML_BUDGET);
            assertThat(page.bytes() + css).as("compressed HTML and CSS of " + page.path())
                    .isLessThanOrEqualTo(PAGE_BUDGET);
        });
    }

    private List<Transfer> learnerPages(String lang) {
        String me = TestAccounts.create(Role.LEARNER, null);
        String cookies = "cthb-lang=" + lang + "; cthb-session=" + signIn(me);
        List<Transfer> pages = new ArrayList<>();
        pages.add(fetch("/signin", "cthb-lang=" + lang));
        pages.add(fetch("/verify", "cthb-lang=" + lang));
        // "/" only sends a learner on to /learn.
        for (String path : List.of("/support", "/certificates", "/learn")) {
            pages.add(fetch(path, cookies));
        }
        int version = as(me).get("/api/learning/dashboard").then().statusCode(200).extract().path("version");
        lessonPaths(version).forEach(path -> pages.add(fetch(path, cookies)));
        pages.addAll(quizPages(me, version, cookies));
        return pages;
    }

    /** Every lesson of the course, and for a sensitive one its content note and non-graphic alternative too. */
    private List<String> lessonPaths(int version) {
        List<String> paths = new ArrayList<>();
        for (CourseContent.ModuleContent module : catalog.version(COURSE, version).content().modules()) {
            for (CourseContent.LessonContent lesson : module.lessons()) {
                String path = "/learn/v/" + version + "/" + module.id() + "/" + lesson.name();
                paths.add(path + "?view=lesson");
                if (lesson.en().sensitive()) {
                    paths.addAll(List.of(path, path + "?view=alternative"));
                }
            }
        }
        return paths;
    }

    /** An open attempt and its graded result for each of the learner's modules (failed, attempts left: wrong marks, no key). */
    private List<Transfer> quizPages(String me, int version, String cookies) {
        List<String> modules = as(me).get("/api/learning/dashboard").then().extract().path("modules.moduleId");
        List<Transfer> pages = new ArrayList<>();
        for (String module : modules) {
            org.cthb.readiness.quiz.LessonsDone.forModule(me, version, module);
            long id = as(me).post("/api/learning/versions/" + version + "/modules/" + module + "/attempts").then()
                    .statusCode(200).extract().jsonPath().getLong("id");
            pages.add(fetch("/learn/attempts/" + id, cookies));
            as(me).post("/api/learning/attempts/" + id + "/submit").then().statusCode(200);
            pages.add(fetch("/learn/attempts/" + id + "/result", cookies));
        }
        return pages;
    }

    private static String signIn(String email) {
        return org.cthb.readiness.Sessions.signIn(email).get("cthb-session");
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    /** Fetches as a browser would, asking for gzip, and counts the bytes as sent, before decompressing. */
    private Transfer fetch(String path, String cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .header("Accept-Encoding", "gzip");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String encoding = response.headers().firstValue("Content-Encoding").orElse("");
            return new Transfer(path, response.statusCode(), encoding, response.body().length,
                    response.headers().firstValue("Cache-Control").orElse(""), decode(response.body(), encoding));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String decode(byte[] body, String encoding) throws IOException {
        if (!"gzip".equals(encoding) || body.length == 0) {
            return new String(body, StandardCharsets.UTF_8);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
