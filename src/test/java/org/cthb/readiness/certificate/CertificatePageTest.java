package org.cthb.readiness.certificate;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.cthb.readiness.certificate.Learners.as;
import static org.cthb.readiness.certificate.Learners.visitor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CertificatePageTest {

    @Test
    void verifyPageIsAPublicFormThatWorksWithoutJavaScript() {
        visitor().get("/verify").then().statusCode(200)
                .body(containsString("<h1>Verify a certificate</h1>"))
                .body(containsString("<form method=\"get\" action=\"/verify\""))
                .body(containsString("<label for=\"number\">Certificate number</label>"))
                .body(not(containsString("<script")));
    }

    @Test
    void verifyPageShowsTheCertificateOrSaysWhatIsWrong() {
        Learners.Certified holder = Learners.certified("FRA");

        visitor().get("/verify?number=" + holder.number()).then().statusCode(200)
                .body(containsString("Certificate " + holder.number())).body(containsString("Valid"))
                .body(containsString("France")).body(containsString("NATO CTHB baseline, version 1"));
        visitor().header("Accept-Language", "fr").get("/verify?number=" + holder.number()).then().statusCode(200)
                .body(containsString("Valable")).body(containsString("Nation"));
        visitor().get("/verify?number=" + CertificateNumber.random().display()).then().statusCode(404)
                .body(containsString("No certificate has this number."));
        String compact = holder.number().replace("-", "");
        String mistyped = compact.substring(0, 11) + (compact.charAt(11) == '7' ? '8' : '7');
        visitor().get("/verify?number=" + mistyped).then().statusCode(400)
                .body(containsString("A character is mistyped")).body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void holderSeesTheirCertificatesWithLinksToBothPdfs() {
        Learners.Certified holder = Learners.certified(null);

        as(holder.email()).get("/certificates").then().statusCode(200)
                .body(containsString("/api/certificates/" + holder.number() + "/pdf?lang=en"))
                .body(containsString("/api/certificates/" + holder.number() + "/pdf?lang=fr"));
        as(Learners.learner(null)).get("/certificates").then().statusCode(200)
                .body(containsString("You have no certificate yet."));
    }

    @Test
    void aRevokedCertificateIsNeverCalledValidOnThePagesAndTheyAgreeWithItsPdf() {
        Learners.Certified holder = Learners.certified("FRA");
        as(TestAccounts.admin()).body(Map.of("reason", "Left the service"))
                .post("/api/certificates/" + holder.number() + "/revoke").then().statusCode(200);

        String verify = main(visitor().get("/verify?number=" + holder.number()).then().statusCode(200)
                .extract().asString());
        assertThat(verify).contains("Revoked", "Revoked on", "Left the service", "Expiry date")
                .doesNotContain("Valid");
        String french = main(visitor().header("Accept-Language", "fr").get("/verify?number=" + holder.number())
                .then().statusCode(200).extract().asString());
        assertThat(french).contains("Révoqué", "Left the service", "Date d'expiration").doesNotContain("Valable");
        String mine = main(as(holder.email()).get("/certificates").then().statusCode(200).extract().asString());
        assertThat(mine).contains("Revoked", "Revoked on", "Left the service", "Expiry date")
                .doesNotContain("Valid");
    }

    /** What the page says about the certificate: its card (the form's own text is left out). */
    private static String main(String page) {
        return Jsoup.parse(page).select("main .card").text();
    }
}
