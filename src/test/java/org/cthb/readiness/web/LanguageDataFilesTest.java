package org.cthb.readiness.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.crawl.PseudoLanguage;
import org.cthb.readiness.reference.Mission;
import org.cthb.readiness.reference.Nation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a further language brings beside the pages' message files, by files alone: nation and mission names (a names
 * file), helpline texts ({@code xx:} keys), and the translators' report of both; and the draft editor keeps and edits
 * the language's texts.
 */
@QuarkusTest
@TestProfile(PseudoLanguage.Profile.class)
class LanguageDataFilesTest {

    private static final String XX = PseudoLanguage.CODE;

    @jakarta.inject.Inject
    org.cthb.readiness.reference.ReferenceNames names;

    /** The next test classes build the service without the pseudo-language's files, which would hide the French. */
    @AfterAll
    static void removeThePseudoLanguageFiles() {
        PseudoLanguage.removeMessageFiles();
    }

    @Test
    @SuppressWarnings("unchecked")
    void namesComeFromTheLanguagesNamesFileWithEnglishForTheRestListedForTranslators() {
        Cast cast = Cast.create("EST", "LVA");
        String mission = TestMissions.create("NAMES");
        Map<String, String> english = QuarkusTransaction.requiringNew().call(() -> Map.of(
                "EST", Nation.<Nation>findById("EST").nameEn, "LVA", Nation.<Nation>findById("LVA").nameEn,
                "mission", Mission.<Mission>findById(mission).nameEn));
        // A names file that names Estonia only: Latvia and the new mission stay in English.
        PseudoLanguage.writeNames(Map.of("nation.EST", english.get("EST")));

        Document verify = Jsoup.parse(given().cookie(PageContext.LANGUAGE_COOKIE, XX)
                .queryParam("number", cast.own.certificate()).get("/verify").asString());
        assertThat(verify.text()).contains(PseudoLanguage.of(english.get("EST"))).doesNotContain(english.get("EST"));
        Document accounts = Jsoup.parse(given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD)
                .cookie(PageContext.LANGUAGE_COOKIE, XX).get("/admin/accounts").asString());
        assertThat(accounts.selectFirst("select#nation option[value=EST]").text())
                .isEqualTo("EST – " + PseudoLanguage.of(english.get("EST")));
        assertThat(accounts.selectFirst("select#nation option[value=LVA]").text())
                .as("no name in the file: English").isEqualTo("LVA – " + english.get("LVA"));
        assertThat(names.nation("EST", english.get("EST"), "Estonie", "fr")).as("French from the table")
                .isEqualTo("Estonie");

        List<Map<String, Object>> languages = given().auth().preemptive().basic(TestAccounts.admin(),
                TestAccounts.PASSWORD).get("/api/languages").then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> xx = data(languages, XX);
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) xx.get("missing");
        assertThat(missing).contains("nation.LVA", "mission." + mission).doesNotContain("nation.EST")
                .noneMatch(m -> m.startsWith("helpline:"));
        assertThat((Integer) xx.get("translated") + missing.size()).isEqualTo(xx.get("total"));
        assertThat(data(languages, "fr").get("missing")).as("French is in the tables").isEqualTo(List.of());

        PseudoLanguage.writeNames(Map.of("nation.EST", english.get("EST"), "mission." + mission,
                english.get("mission")));
        Map<String, Object> later = data(given().auth().preemptive().basic(TestAccounts.admin(), TestAccounts.PASSWORD)
                .get("/api/languages").then().extract().jsonPath().getList("$"), XX);
        assertThat((List<String>) later.get("missing")).as("a mission's name added while the service runs")
                .doesNotContain("mission." + mission);
    }

    @Test
    void helplineTextsAreInTheLanguageOfTheirFiles() {
        Document support = Jsoup.parse(given().cookie(PageContext.LANGUAGE_COOKIE, XX).get("/support").asString());
        String english = "Emergency services (in the European Union and many other countries)";
        assertThat(support.select("li.helpline strong").eachText()).contains(PseudoLanguage.of(english))
                .doesNotContain(english);
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) data(given().auth().preemptive().basic(TestAccounts.admin(),
                TestAccounts.PASSWORD).get("/api/languages").then().extract().jsonPath().getList("$"), "en")
                .get("missing");
        assertThat(missing).as("English is complete").isEmpty();
    }

    @Test
    void theDraftEditorShowsAndEditsTheLanguagesTextsAndKeepsThemWhenEnglishIsEdited() {
        Cast cast = Cast.create("EST", "LVA");
        given().auth().preemptive().basic(cast.author, TestAccounts.PASSWORD)
                .post("/api/authoring/courses/" + Cast.COURSE + "/draft").then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        Document draft = Jsoup.parse(given().auth().preemptive().basic(cast.author, TestAccounts.PASSWORD)
                .cookie(PageContext.LANGUAGE_COOKIE, XX).get("/author/courses/" + Cast.COURSE + "/draft").asString());
        String title = draft.selectFirst("input#title_en").val();
        assertThat(draft.selectFirst("input#title_" + XX).val()).isEqualTo(PseudoLanguage.of(title));
        assertThat(draft.selectFirst("label[for=title_" + XX + "]").attr("lang")).isEqualTo(XX);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(List<Map<String, Object>> languages, String language) {
        return (Map<String, Object>) languages.stream().filter(l -> language.equals(l.get("language"))).findFirst()
                .orElseThrow().get("data");
    }
}
