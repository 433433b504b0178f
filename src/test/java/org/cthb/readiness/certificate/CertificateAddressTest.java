package org.cthb.readiness.certificate;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.certificate.Learners.as;

/**
 * Without {@code cthb.public-url} (the tests, like dev, run on the embedded database) the certificate's QR code and
 * verification link lead to the address the service really serves on, here a random port: scanned off the printed
 * page and opened as is, the code shows that certificate's live status.
 */
@QuarkusTest
class CertificateAddressTest {

    @TestHTTPResource("/")
    URL served;

    @Test
    void theQrCodeOpensTheVerificationPageOfTheInstanceThatPrintedIt() throws Exception {
        Learners.Certified holder = Learners.certified("EST");
        byte[] pdf = as(holder.email()).accept("application/pdf")
                .get("/api/certificates/" + holder.number() + "/pdf?lang=en").then().statusCode(200)
                .extract().asByteArray();

        String scanned = Pdfs.scanQrCode(pdf);
        String base = served.toString().replaceAll("/+$", "");
        assertThat(served.getPort()).isNotEqualTo(8080);
        assertThat(scanned).isEqualTo(base + "/verify?number=" + holder.number());
        String page = RestAssured.given().get(scanned).then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select("[role=status]").text()).isEqualTo("Valid");
        assertThat(Pdfs.text(pdf)).contains(base.replaceFirst("^https?://", ""));
    }

    @Test
    void theCredentialNamesTheSameAddress() {
        String issuer = RestAssured.given().get("/issuer").then().statusCode(200).extract().path("url");
        assertThat(issuer).isEqualTo(served.toString().replaceAll("/+$", ""));
    }
}
