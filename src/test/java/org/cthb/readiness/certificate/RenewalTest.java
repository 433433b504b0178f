package org.cthb.readiness.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.cthb.readiness.TestAccounts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

/**
 * Renewal: a certified learner cannot retake a passed quiz until the renewal window opens (90 days before expiry);
 * then a new round of quizzes issues a new certificate and the old one stays, unchanged, in the history.
 */
@QuarkusTest
class RenewalTest {

    @Test
    void aPassedQuizCannotBeRetakenBeforeRenewalOpens() {
        Learners.Certified holder = Learners.certified("DNK");
        JsonPath dashboard = dashboard(holder.email());
        LocalDate expires = LocalDate.parse(dashboard.getString("certifiedUntil"));
        assertThat(dashboard.getString("renewalOpens")).isEqualTo(expires.minusDays(90).toString());
        assertThat(dashboard.getString("next.kind")).isEqualTo("DONE");
        Learners.as(holder.email()).post(Learners.LEARNING + "/versions/" + dashboard.getInt("version")
                        + "/modules/why-it-matters/attempts").then().statusCode(409)
                .body("detail", containsString("certified until " + expires))
                .body("detail", containsString("renew your training from " + expires.minusDays(90)));
    }

    @Test
    void aNewRoundInTheRenewalWindowIssuesANewCertificateAndKeepsTheOld() {
        Learners.Certified holder = Learners.certified("DNK");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate soon = today.plusDays(30);
        expireOn(holder.number(), soon);

        JsonPath dashboard = dashboard(holder.email());
        assertThat(dashboard.getString("certifiedUntil")).isEqualTo(soon.toString());
        assertThat(dashboard.getList("modules.status", String.class)).doesNotContain("PASSED");
        assertThat(dashboard.getString("next.kind")).isNotEqualTo("DONE");

        Learners.passAllBut(holder.email(), 0);
        JsonPath mine = Learners.as(holder.email()).get("/api/certificates/mine").then().statusCode(200)
                .body("size()", equalTo(2)).body("status", everyItem(equalTo("VALID")))
                .extract().jsonPath();
        // Newest first: the renewal runs a full validity from today; the old certificate is kept as it was.
        assertThat(mine.getString("[0].number")).isNotEqualTo(mine.getString("[1].number"));
        assertThat(mine.getString("[0].expiresOn")).isEqualTo(today.plusMonths(24).toString());
        assertThat(mine.getString("[1].number")).isEqualTo(holder.number());
        assertThat(mine.getString("[1].expiresOn")).isEqualTo(soon.toString());
        assertThat(dashboard(holder.email()).getString("next.kind")).isEqualTo("DONE");
    }

    @Test
    void anExpiredCertificateAsksForTrainingAgainOnThePage() {
        Learners.Certified holder = Learners.certified("DNK");
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        expireOn(holder.number(), yesterday);
        String page = Learners.as(holder.email()).accept("text/html").get("/learn").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Your certificate expired on " + yesterday).doesNotContain("Renewal is open");
    }

    @Test
    void aRevokedCertificateMustBeEarnedAgain() {
        Learners.Certified holder = Learners.certified("DNK");
        Learners.as(TestAccounts.admin()).body(Map.of("reason", "Answers shared")).post("/api/certificates/"
                + holder.number() + "/revoke").then().statusCode(200);
        JsonPath dashboard = dashboard(holder.email());
        assertThat(dashboard.getString("certifiedUntil")).isNull();
        assertThat(dashboard.getList("modules.status", String.class)).doesNotContain("PASSED");
        Learners.passAllBut(holder.email(), 0);
        Learners.as(holder.email()).get("/api/certificates/mine").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].status", equalTo("VALID"))
                .body("[1].status", equalTo("REVOKED")).body("[0].number", not(equalTo(holder.number())));
    }

    private static JsonPath dashboard(String email) {
        return Learners.as(email).get(Learners.LEARNING + "/dashboard").then().statusCode(200).extract().jsonPath();
    }

    /** Moves a certificate's expiry, as the passing of time would bring it closer. */
    private static void expireOn(String number, LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> Certificate.byNumber(new CertificateNumber(number.replace("-", "")))
                .orElseThrow().expiresOn = day);
    }
}
