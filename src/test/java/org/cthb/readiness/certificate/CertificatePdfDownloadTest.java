package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.certificate.Learners.as;
import static org.cthb.readiness.certificate.Learners.visitor;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.cthb.readiness.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The PDF as a holder downloads it: made at each download, so it tells the status of that day. */
@QuarkusTest
class CertificatePdfDownloadTest {

    @Test
    void aCertificateRevokedAfterItsFirstDownloadPrintsAsRevokedAndItsCodeLeadsToTheLiveStatus() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");
        String name = "فاطمة الزهراء";
        QuarkusTransaction.requiringNew().run(() -> Certificate.update("holderName = ?1 where number = ?2", name,
                CertificateNumber.parse(holder.number()).number().compact()));
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneOffset.UTC));

        String before = Normalizer.normalize(Pdfs.text(download(holder)), Normalizer.Form.NFKC);
        assertThat(before).contains(name, "Valid until:", "Status on " + today + ": VALID");

        as(TestAccounts.admin()).body(Map.of("reason", "Quiz answers were shared"))
                .post("/api/certificates/" + holder.number() + "/revoke").then().statusCode(200);

        byte[] pdf = download(holder);
        String after = Normalizer.normalize(Pdfs.text(pdf), Normalizer.Form.NFKC);
        assertThat(after).contains(name, "REVOKED on " + today, "Reason: Quiz answers were shared",
                "Status on " + today + ": REVOKED");
        assertThat(after.toLowerCase(Locale.ROOT)).doesNotContain("valid");

        URI scanned = URI.create(Pdfs.scanQrCode(pdf));
        assertThat(scanned.getRawQuery()).isEqualTo("number=" + holder.number());
        String page = visitor().get(scanned.getRawPath() + "?" + scanned.getRawQuery()).then().statusCode(200)
                .extract().asString();
        assertThat(Jsoup.parse(page).select("[role=status]").text()).isEqualTo("Revoked");
        assertThat(Jsoup.parse(page).text()).contains(name, "Quiz answers were shared");
    }

    private static byte[] download(Learners.Certified holder) {
        return as(holder.email()).accept("application/pdf")
                .get("/api/certificates/" + holder.number() + "/pdf?lang=en").then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .extract().asByteArray();
    }
}
