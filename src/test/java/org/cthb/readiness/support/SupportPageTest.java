package org.cthb.readiness.support;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.Sessions;
import org.cthb.readiness.certificate.Learners;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The support page offers the self-care note to everyone and the learner's nation's helplines first, then the
 * default; every page's support link leads there (test helpline files: src/test/resources/helplines).
 */
@QuarkusTest
class SupportPageTest {

    @Test
    void aVisitorSeesTheSelfCareNoteAndOnlyTheDefaultHelplines() {
        String page = given().header("Accept-Language", "en").get("/support").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("If the material brings up personal experience", "was not your fault",
                "href=\"tel:112\"").doesNotContain("HRV test helpline", "SVN test helpline");
        given().get("/api/support/helplines").then().statusCode(200).body("nation", everyItem(nullValue()))
                .body("[0].phone", equalTo("112"));
        given().header("Accept-Language", "fr").get("/support").then().statusCode(200)
                .body(containsString("Si la formation fait resurgir une expérience personnelle"))
                .body(containsString("Services d&#39;urgence")).body(containsString("Téléphone\u00a0:"));
        given().get("/").then().statusCode(200).body(containsString("class=\"support\" href=\"/support\""));
    }

    @Test
    void eachNationsLearnerSeesTheirOwnHelplineFirstThenTheDefault() {
        for (String nation : List.of("HRV", "SVN")) {
            String other = nation.equals("HRV") ? "SVN" : "HRV";
            String learner = Learners.learner(nation);
            String page = Sessions.as(Sessions.signIn(learner)).header("Accept-Language", "en").get("/support")
                    .then().statusCode(200).extract().asString();
            assertThat(page).contains(nation + " test helpline").doesNotContain(other + " test helpline");
            assertThat(page.indexOf(nation + " test helpline")).isLessThan(page.indexOf("Emergency services"));
            assertThat(page).contains("data-nation=\"" + nation + "\"");
            Learners.as(learner).get("/api/support/helplines").then().statusCode(200)
                    .body("[0].nation", equalTo(nation)).body("[0].name.en", equalTo(nation + " test helpline"))
                    .body("[-1].nation", nullValue());
        }
    }
}
