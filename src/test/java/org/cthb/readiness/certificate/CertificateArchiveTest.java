package org.cthb.readiness.certificate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

/** Acceptance 5: the certificates of a readiness view as one zip of PDFs. */
@QuarkusTest
class CertificateArchiveTest {

    static final String HEADER = "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    @Test
    void theViewsCertificatesComeAsOnePdfEachInTheLanguageAsked() throws Exception {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = LocalDate.now();
        String learner = TestAccounts.create(Role.LEARNER, "EST");
        String csv = HEADER
                + "Z" + tag + ",Kai,Tamm,military,,male,1990," + learner + ",FLF,ALL_PERSONNEL," + today.plusDays(60) + "\n"
                + "Y" + tag + ",Liis,Kask,civilian,,female,1970,y" + tag + "@est.example,FLF,ALL_PERSONNEL," + today.plusDays(60) + "\n";
        as(officer).contentType("text/csv").body(csv).post("/api/nations/EST/roster?dryRun=false").then().statusCode(200);
        Learners.passAllBut(learner, 0);
        String number = Learners.as(learner).get("/api/certificates/mine").then().extract().path("[0].number");

        byte[] zip = as(officer).get("/api/nations/EST/readiness/certificates.zip?mission=FLF&lang=fr&date=" + today)
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("certificates-EST-FLF-")).extract().asByteArray();

        List<String> names = new ArrayList<>();
        String text = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] pdf = in.readAllBytes();
                if (entry.getName().contains(number)) {
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        text = new PDFTextStripper().getText(document);
                    }
                }
            }
        }
        assertThat(names).contains("Tamm-Kai-" + number + ".pdf").noneMatch(n -> n.startsWith("Kask-"));
        assertThat(text).contains(number, "Certificat de formation");
    }

    @Test
    void anotherNationsOfficerAndABadLanguageAreRefused() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");

        as(officer).get("/api/nations/LTU/readiness/certificates.zip?mission=FLF").then().statusCode(404);
        as(officer).get("/api/nations/EST/readiness/certificates.zip?mission=FLF&lang=de").then().statusCode(400)
                .body("field", equalTo("lang"));
    }
}
