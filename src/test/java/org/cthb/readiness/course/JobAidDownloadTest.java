package org.cthb.readiness.course;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A role module's job aid, read back as a PDF reader would: one A4 page, in the language asked for (catalogue /Lang
 * and the text), with the four headings; from the API and from the link on the learner's module card.
 */
@QuarkusTest
class JobAidDownloadTest {

    private static final String HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    @Test
    void theApiServesOnePageInEachLanguageWithItsHeadings() throws IOException {
        String learner = Learners.learner(null);
        assertOnePage(Learners.as(learner).get("/api/courses/cthb-predeployment/modules/procurement/job-aid?lang=en")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray(), "en",
                "Indicators", "Do", "Don't", "How to report", "Job aid for procurement and contracting officers");
        assertOnePage(Learners.as(learner).get("/api/courses/cthb-predeployment/modules/procurement/job-aid?lang=fr")
                .then().statusCode(200).extract().asByteArray(), "fr",
                "Indicateurs", "À faire", "À ne pas faire", "Comment rendre compte");
    }

    @Test
    void badLanguageAndModulesWithoutJobAidAreNamed() {
        String learner = Learners.learner(null);
        Learners.as(learner).get("/api/courses/cthb-predeployment/modules/trainers/job-aid?lang=de")
                .then().statusCode(400).body("field", equalTo("lang"));
        Learners.as(learner).get("/api/courses/cthb-predeployment/modules/why-it-matters/job-aid?lang=en")
                .then().statusCode(404).body("detail", containsString("no job aid"));
        Learners.visitor().get("/api/courses/cthb-predeployment/modules/trainers/job-aid")
                .then().statusCode(401);
    }

    @Test
    void aCommandersCardLinksTheJobAidInBothLanguagesWithoutScript() throws IOException {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "HRV");
        String learner = Learners.learner("HRV");
        String id = "JA" + System.nanoTime();
        given().auth().preemptive().basic(officer, TestAccounts.PASSWORD).contentType("text/csv")
                .body(HEADER + id + ",Ana,Horvat,military,OF-3,female,1982," + learner + ",KFOR,COMMANDER,"
                        + LocalDate.now().plusDays(30) + "\n")
                .post("/api/nations/HRV/roster?dryRun=false").then().statusCode(200);
        Map<String, String> cookies = Sessions.signIn(learner);
        String page = Sessions.as(cookies).get("/learn").then().statusCode(200).extract().asString();
        Matcher fr = Pattern.compile("href=\"(/job-aids/cthb-predeployment/v/\\d+/commanders\\?lang=fr)\" "
                + "hreflang=\"fr\" type=\"application/pdf\">([^<]+)</a>").matcher(page);
        assertThat(fr.find()).as(page).isTrue();
        assertThat(fr.group(2)).contains("Job aid for").contains("PDF, French");
        assertThat(page).contains("commanders?lang=en\" hreflang=\"en\"");
        assertOnePage(Sessions.as(cookies).get(fr.group(1)).then().statusCode(200).extract().asByteArray(), "fr",
                "Aide-mémoire pour les commandants", "Indicateurs", "Comment rendre compte", "chaîne de commandement");
    }

    static void assertOnePage(byte[] pdf, String language, String... texts) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            assertThat(Math.round(box.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
            assertThat(Math.round(box.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : texts) {
                assertThat(text).contains(expected);
            }
        }
    }
}
