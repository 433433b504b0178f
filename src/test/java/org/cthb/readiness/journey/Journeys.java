package org.cthb.readiness.journey;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.restassured.response.Response;
import jakarta.enterprise.inject.spi.CDI;
import org.cthb.readiness.certificate.CertificateMsg;
import org.cthb.readiness.course.CourseCatalog;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.WebSession;
import org.cthb.readiness.web.Msg;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Steps of a learner's journey through the pages, each checking what the page shows. */
final class Journeys {

    static final Msg EN = MessageBundles.get(Msg.class, Localized.Literal.of("en"));
    static final CertificateMsg CERT_EN = MessageBundles.get(CertificateMsg.class, Localized.Literal.of("en"));
    private static final Pattern ATTEMPT = Pattern.compile("/learn/attempts/(\\d+)");

    private Journeys() {
    }

    static CourseContent.ModuleContent module(int version, String moduleId) {
        return CDI.current().select(CourseCatalog.class).get().version(Cast.COURSE, version).content()
                .module(moduleId).orElseThrow();
    }

    /** The dashboard, which must show the learner's training and return the version they follow. */
    static Document dashboard(WebSession web) {
        Document page = web.page("/learn");
        assertThat(page.select("main h1").text()).isEqualTo(EN.my_training());
        return page;
    }

    static int version(Document dashboard) {
        Matcher m = Pattern.compile("/learn/v/(\\d+)/").matcher(dashboard.select("main section.next a").attr("href"));
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        Matcher lead = Pattern.compile("(\\d+)").matcher(dashboard.select("main p.lead .muted").text());
        assertThat(lead.find()).as("the dashboard names the course version").isTrue();
        return Integer.parseInt(lead.group(1));
    }

    /** The card of a module on the dashboard. */
    static Element moduleCard(Document dashboard, int version, String moduleId) {
        String title = module(version, moduleId).title().in("en").replaceAll("\\s+", " ").strip();
        Element card = dashboard.select("main ol.modules li").stream()
                .filter(li -> li.select("h3").text().equals(title)).findFirst().orElse(null);
        assertThat(card).as("the dashboard shows module " + moduleId + " (" + title + ") among "
                + dashboard.select("main ol.modules h3").eachText() + " of " + dashboard.select("main").text())
                .isNotNull();
        return card;
    }

    /** Opens the quiz of a module from its link; returns the attempt's path. */
    static String openQuiz(WebSession web, int version, String moduleId) {
        Response start = web.get("/learn/v/" + version + "/" + moduleId + "/quiz");
        assertThat(start.statusCode()).as("quiz of " + moduleId + ": " + start.asString()).isEqualTo(303);
        String path = WebSession.localPath(start.header("Location"));
        assertThat(path).matches(ATTEMPT);
        return path;
    }

    static long attemptId(String path) {
        Matcher m = ATTEMPT.matcher(path);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The question ids the attempt page shows, in order. */
    static List<String> questions(Document attempt) {
        return attempt.select("main fieldset.question input").stream().map(i -> i.attr("name").substring(2))
                .distinct().toList();
    }

    /** Right options of a question, or a single wrong one. */
    static List<String> options(int version, String moduleId, String question, boolean rightly) {
        List<String> matching = module(version, moduleId).quiz().question(question).orElseThrow().options().stream()
                .filter(o -> o.correct() == rightly).map(CourseContent.OptionContent::id).toList();
        return rightly ? matching : matching.subList(0, 1);
    }

    /**
     * Right options of a question, or a single wrong one, as the attempt page names them: by their position in the
     * order shown, found by the labels' texts.
     */
    static List<String> shownOptions(Document attempt, int version, String moduleId, String question,
                                     boolean rightly) {
        List<String> texts = attempt.select("main input[name=q-" + question + "]").stream()
                .map(i -> attempt.selectFirst("label[for=" + i.id() + "]").text()).toList();
        List<String> values = attempt.select("main input[name=q-" + question + "]").eachAttr("value");
        CourseContent.QuestionContent q = module(version, moduleId).quiz().question(question).orElseThrow();
        return org.cthb.readiness.quiz.LessonsDone.positions(texts, normalised(q), rightly).stream()
                .map(position -> values.get(Integer.parseInt(position) - 1)).toList();
    }

    /** The question with option texts as jsoup reads them (white space collapsed). */
    private static CourseContent.QuestionContent normalised(CourseContent.QuestionContent q) {
        return q.withOptions(q.options().stream().map(o -> new CourseContent.OptionContent(o.id(), o.correct(),
                new org.cthb.readiness.course.files.Text(o.text().en().replaceAll("\\s+", " ").strip(),
                        o.text().fr().replaceAll("\\s+", " ").strip()), o.feedback(), o.pinned())).toList());
    }

    /** Ticks answers on the attempt page and presses "save" or "submit"; returns where the page leads. */
    static WebSession.Landing answer(WebSession web, String attemptPath, Document attempt, int version,
                                     String moduleId, Map<String, Boolean> rightly, String button) {
        Element form = attempt.selectFirst("main form[action=" + attemptPath + "]");
        assertThat(form).as("the attempt page has its form").isNotNull();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(form.selectFirst("input[type=hidden]").attr("name"),
                List.of(form.selectFirst("input[type=hidden]").attr("value")));
        rightly.forEach((q, right) -> fields.put("q-" + q, shownOptions(attempt, version, moduleId, q, right)));
        fields.put(button, List.of("1"));
        Response response = web.postFormValues(attemptPath, fields);
        assertThat(response.statusCode()).as("pressing " + button + ": " + response.asString()).isBetween(300, 399);
        return web.follow(response);
    }

    /** Marks the lesson shown done with its form; returns where that leads. */
    static WebSession.Landing markDone(WebSession web, Document lesson) {
        Element form = lesson.selectFirst("main form[action$=/done]");
        assertThat(form).as("the lesson has its 'done' button").isNotNull();
        Response response = web.submit(form, Map.of());
        assertThat(response.statusCode()).as("marking done: " + response.asString()).isBetween(300, 399);
        return web.follow(response);
    }

    /** Presses the header's sign-out button; the session ends. */
    static void signOut(WebSession web, Document anyPage) {
        Element form = anyPage.selectFirst("header form[action=/signout]");
        assertThat(form).as("the header has a sign-out button").isNotNull();
        Response response = web.submit(form, Map.of());
        assertThat(response.statusCode()).isBetween(300, 399);
        assertThat(WebSession.localPath(response.header("Location"))).isEqualTo("/signin");
        Response after = web.get("/learn");
        assertThat(after.statusCode()).as("signed out: /learn asks for sign-in").isBetween(300, 399);
        assertThat(WebSession.localPath(after.header("Location"))).isEqualTo("/signin");
    }
}
