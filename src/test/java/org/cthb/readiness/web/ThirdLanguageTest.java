package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.course.CourseZips;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.PseudoLanguage;
import org.cthb.readiness.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language added by files and configuration ({@link PseudoLanguage}): the pages, the language switch, the course,
 * the validator's completeness report, the translators' list of missing page texts and the certificate all speak it.
 */
@QuarkusTest
@TestProfile(PseudoLanguage.Profile.class)
class ThirdLanguageTest {

    /** The next test classes build the service without the pseudo-language's files, which would hide the French. */
    @org.junit.jupiter.api.AfterAll
    static void removeThePseudoLanguageFiles() {
        PseudoLanguage.removeMessageFiles();
    }

    private static final String XX = PseudoLanguage.CODE;

    @Test
    void theConfiguredLanguageIsChosenByCookieOrBrowserAndOfferedByTheSwitchInItsOwnName() {
        Document page = Jsoup.parse(given().cookie(PageContext.LANGUAGE_COOKIE, XX).get("/signin").asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(XX);
        assertThat(page.select("header form[action='/language'] button"))
                .extracting(b -> b.attr("value") + "|" + b.attr("lang") + "|" + b.text())
                .containsExactly("en|en|English", "fr|fr|Français");
        assertThat(page.selectFirst("title").text()).contains(PseudoLanguage.of("Sign in"));

        Document english = Jsoup.parse(given().get("/signin").asString());
        assertThat(english.select("header form[action='/language'] button"))
                .extracting(b -> b.attr("value") + "|" + b.attr("lang") + "|" + b.text())
                .containsExactly("fr|fr|Français", XX + "|" + XX + "|" + PseudoLanguage.of("English"));

        assertThat(Jsoup.parse(given().header("Accept-Language", XX + ",fr;q=0.5").get("/support").asString())
                .selectFirst("html").attr("lang")).isEqualTo(XX);
        Response switched = given().redirects().follow(false).formParam("lang", XX).formParam("next", "/signin")
                .post("/language");
        assertThat(switched.cookie(PageContext.LANGUAGE_COOKIE)).isEqualTo(XX);
        assertThat(given().redirects().follow(false).formParam("lang", "de").formParam("next", "/signin")
                .post("/language").cookie(PageContext.LANGUAGE_COOKIE)).as("not configured").isEqualTo("en");
    }

    @Test
    void aMessageTheFilesLackShowsInEnglishAndIsListedForTranslators() {
        assertThat(MessageBundles.get(LanguageMsg.class, Localized.Literal.of(XX)).switch_label())
                .isEqualTo("Language");
        assertThat(MessageBundles.get(LanguageMsg.class, Localized.Literal.of(XX)).own_name())
                .isEqualTo(PseudoLanguage.of("English"));
        List<Map<String, Object>> languages = given().auth().preemptive().basic(TestAccounts.admin(),
                TestAccounts.PASSWORD).get("/api/languages").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(languages).extracting(l -> l.get("language")).containsExactly("en", "fr", XX);
        Map<String, Object> xx = languages.get(2);
        assertThat(xx.get("missing")).isEqualTo(List.of(PseudoLanguage.LEFT_UNTRANSLATED));
        assertThat((Integer) xx.get("translated")).isEqualTo((Integer) xx.get("total") - 1);
        assertThat(languages.get(1).get("missing")).as("French is complete").isEqualTo(List.of());
        given().get("/api/languages").then().statusCode(401);
    }

    @Test
    void theValidatorReportsHowMuchOfTheCourseIsTranslatedPerLanguage() {
        String author = TestAccounts.create(Role.AUTHOR, null);
        var translations = given().auth().preemptive().basic(author, TestAccounts.PASSWORD)
                .multiPart("file", "c.zip", CourseZips.zip("third-language", CourseZips.freshId()), "application/zip")
                .post("/api/courses/validate").then().statusCode(200).extract().jsonPath();
        assertThat(translations.getInt("translations.de.lessons")).isEqualTo(1);
        assertThat(translations.getInt("translations.de.texts")).isEqualTo(1);
        assertThat(translations.getInt("translations.de.percent")).isBetween(1, 99);
        assertThat(translations.getInt("translations.fr.percent")).isEqualTo(100);
    }

    @Test
    void theCourseAndTheCertificateAreInTheLanguage() throws Exception {
        Cast cast = Cast.create("EST", "LVA");
        String learner = cast.own.certifiedLearner();
        Document learn = Jsoup.parse(given().auth().preemptive().basic(learner, TestAccounts.PASSWORD)
                .cookie(PageContext.LANGUAGE_COOKIE, XX).get("/learn").asString());
        assertThat(learn.text()).contains(PseudoLanguage.of("Why this matters to the mission"));
        byte[] pdf = given().auth().preemptive().basic(learner, TestAccounts.PASSWORD)
                .get("/api/certificates/" + cast.own.certificate() + "/pdf?lang=" + XX).then().statusCode(200)
                .extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(PseudoLanguage.of("Certificate of Training"))
                    .doesNotContain("Certificate of Training");
        }
    }
}
