package org.cthb.readiness.journey;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.certificate.Learners;
import org.cthb.readiness.crawl.Cast;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.ExperienceMsg;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer who sees the future: a contingent of two (one whose certificate runs out in theatre, one never
 * trained), a forecast over a month that says on which day readiness falls below 100 % and
 * below the nation's threshold, who to retrain first, as a chart drawn on the server with its table, and the same
 * numbers in the API and the exports.
 */
@QuarkusTest
class ForecastJourneyTest {

    private static final ExperienceMsg X = MessageBundles.get(ExperienceMsg.class, Localized.Literal.of("en"));
    private static final String HEADER = "national_id,given_name,family_name,category,rank,gender,birth_year,email,"
            + "mission,role,start_date\n";

    @Test
    void theForecastSaysWhenReadinessFallsAndWhoToRetrainFirst() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String officer = TestAccounts.create(Role.NATION_OFFICER, "LTU");
        String expiring = Learners.certified("LTU").email();
        String untrained = Learners.learner("LTU");
        // The first one's certificate runs out ten days from now, five days after they deploy.
        long account = Cast.accountId(expiring);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update certificate set expires_on = ?1 where account_id = ?2")
                .setParameter(1, today.plusDays(10)).setParameter(2, account).executeUpdate());
        String mission = TestMissions.create("FC");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = HEADER
                + "FA" + tag + ",Ann,Alpha" + tag + ",military,,female,1990," + expiring + "," + mission
                + ",ALL_PERSONNEL," + today.plusDays(5) + "\n"
                + "FC" + tag + ",Cy,Charlie" + tag + ",civilian,,other,1990," + untrained + "," + mission
                + ",ALL_PERSONNEL," + today.plusDays(40) + "\n";
        as(officer).contentType("text/csv").body(csv).post("/api/nations/LTU/roster?dryRun=false").then()
                .statusCode(200);
        as(officer).contentType("application/json").body("{\"percent\": 50}").put("/api/nations/LTU/readiness/threshold")
                .then().statusCode(200);

        String query = "?mission=" + mission + "&from=" + today + "&to=" + today.plusDays(30);
        JsonPath api = as(officer).get("/api/nations/LTU/readiness/forecast" + query).then().statusCode(200)
                .extract().jsonPath();
        assertThat(api.getInt("threshold")).isEqualTo(50);
        assertThat(api.getLong("total")).isEqualTo(2);
        assertThat(api.getList("days")).hasSize(31);
        assertThat(api.getLong("days[0].ready")).isEqualTo(1);
        assertThat(api.getBoolean("days[0].belowThreshold")).as("50 % is not below 50 %").isFalse();
        assertThat(api.getLong("days[10].ready")).as("the last day of the certificate still counts").isEqualTo(1);
        assertThat(api.getLong("days[11].ready")).isEqualTo(0);
        assertThat(api.getString("belowFullFrom")).isEqualTo(today.toString());
        assertThat(api.getString("belowThresholdFrom")).isEqualTo(today.plusDays(11).toString());
        assertThat(api.<String>getList("retrainFirst.nationalId")).containsExactly("FA" + tag, "FC" + tag);
        assertThat(api.getString("retrainFirst[0].notReadyFrom")).isEqualTo(today.plusDays(11).toString());
        assertThat(api.getString("retrainFirst[1].certificateExpires")).isNull();

        // The page: the dates in words, the chart drawn on the server with its table, the list to retrain.
        Document page = page(officer, "/nations/LTU/readiness/forecast" + query);
        assertThat(page.select("#below-full").text()).startsWith("Falls below 100 % on ")
                .contains(String.valueOf(today.getYear()));
        assertThat(page.select("#below-threshold").text()).startsWith("Falls below your threshold of 50 % on ");
        assertThat(page.select("svg[role=img] title").text()).isEqualTo(X.chart_title());
        assertThat(page.select("svg[role=img] desc").text()).isEqualTo(X.chart_desc(50));
        assertThat(page.select("svg polyline").attr("points").split(" ")).hasSize(31);
        assertThat(page.select("#days tbody tr")).hasSize(31);
        assertThat(page.select("#days tbody tr").get(11).text()).contains("0 / 2").contains("0 %")
                .contains(X.yes());
        assertThat(page.select("table.retrain tbody tr").eachText()).hasSize(2).first().asString()
                .contains("Alpha" + tag);
        assertThat(page.select("table.retrain tbody tr").get(1).text()).contains(X.no_certificate());

        // The same numbers in the exports.
        String days = as(officer).get("/api/nations/LTU/readiness/forecast.csv" + query).then().statusCode(200)
                .extract().asString();
        assertThat(days.lines()).hasSize(32);
        assertThat(days.lines().skip(12).findFirst().orElseThrow()).isEqualTo(today.plusDays(11) + ",0,2,0,true");
        String people = as(officer).get("/api/nations/LTU/readiness/forecast.csv" + query + "&part=people").then()
                .statusCode(200).extract().asString();
        assertThat(people.lines().skip(1).map(l -> l.split(",")[0]).toList()).containsExactly("FA" + tag, "FC" + tag);
        as(officer).get("/api/nations/LTU/readiness/forecast.xlsx" + query).then().statusCode(200);

        // The threshold set on the page, and refusals that name what is wrong.
        Response saved = Csrf.with(as(officer)).formParam("threshold", "80").formParam("mission", mission)
                .formParam("from", today.toString()).formParam("to", today.plusDays(30).toString())
                .post("/nations/LTU/readiness/forecast/threshold");
        assertThat(saved.statusCode()).isEqualTo(303);
        Document after = page(officer, saved.header("Location").substring(saved.header("Location").indexOf("/nations/")));
        assertThat(after.select("#threshold [role=status]").text()).isEqualTo(X.threshold_saved(80));
        assertThat(after.select("#below-threshold").text()).startsWith("Falls below your threshold of 80 % on ");
        as(officer).contentType("application/json").body("{\"percent\": 0}").put("/api/nations/LTU/readiness/threshold")
                .then().statusCode(400);
        String tooLong = as(officer).get("/api/nations/LTU/readiness/forecast?mission=" + mission + "&from=" + today
                + "&to=" + today.plusDays(400)).then().statusCode(400).extract().asString();
        assertThat(tooLong).contains("366");
        as(officer).get("/api/nations/LTU/readiness/forecast?mission=" + mission + "&from=soon").then().statusCode(400);
        String stranger = TestAccounts.create(Role.NATION_OFFICER, "EST");
        assertThat(as(stranger).get("/api/nations/LTU/readiness/forecast" + query).statusCode()).isIn(403, 404);
        assertThat(List.of(page.select("main h1").text())).containsExactly(X.forecast_title() + " – LTU");
    }

    /**
     * The chart over past days comes from the history the service keeps: a certificate counts from the day it was
     * issued until the day it was revoked. The XLSX holds the same rows as the CSV, and both the days of the API.
     */
    @Test
    void pastDaysComeFromTheHistoryAndEveryExportHoldsTheSameDays() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String officer = TestAccounts.create(Role.NATION_OFFICER, "LTU");
        String certified = Learners.certified("LTU").email();
        long account = Cast.accountId(certified);
        // Issued twenty days ago, revoked five days ago.
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update certificate set issued_on = ?1, expires_on = ?2, revoked_at = ?3"
                        + " where account_id = ?4")
                .setParameter(1, today.minusDays(20)).setParameter(2, today.plusYears(2))
                .setParameter(3, java.sql.Timestamp.valueOf(today.minusDays(5).atTime(12, 0)))
                .setParameter(4, account).executeUpdate());
        String mission = TestMissions.create("FH");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        as(officer).contentType("text/csv").body(HEADER + "FH" + tag + ",Hana,History" + tag + ",military,,female,1990,"
                        + certified + "," + mission + ",ALL_PERSONNEL," + today.plusDays(5) + "\n")
                .post("/api/nations/LTU/roster?dryRun=false").then().statusCode(200);

        String query = "?mission=" + mission + "&from=" + today.minusDays(30) + "&to=" + today;
        JsonPath api = as(officer).get("/api/nations/LTU/readiness/forecast" + query).then().statusCode(200)
                .extract().jsonPath();
        List<Integer> ready = api.getList("days.ready", Integer.class);
        assertThat(ready).hasSize(31);
        assertThat(ready.subList(0, 10)).as("before the certificate was issued").containsOnly(0);
        assertThat(ready.subList(10, 25)).as("from its issue until its revocation").containsOnly(1);
        assertThat(ready.subList(25, 31)).as("from the day it was revoked").containsOnly(0);

        Document page = page(officer, "/nations/LTU/readiness/forecast" + query);
        assertThat(page.select("#days tbody tr").get(10).text()).contains("1 / 1").contains("100 %");
        assertThat(page.select("#days tbody tr").get(9).text()).contains("0 / 1").contains("0 %");

        List<String> csv = as(officer).get("/api/nations/LTU/readiness/forecast.csv" + query).then().statusCode(200)
                .extract().asString().replace("\uFEFF", "").lines().toList();
        assertThat(csv).hasSize(32);
        for (int i = 0; i < 31; i++) {
            assertThat(csv.get(i + 1)).startsWith(api.getString("days[" + i + "].date") + "," + ready.get(i) + ",1,");
        }
        byte[] xlsx = as(officer).get("/api/nations/LTU/readiness/forecast.xlsx" + query).then().statusCode(200)
                .extract().asByteArray();
        assertThat(org.cthb.readiness.readiness.report.XlsxSheet.read(xlsx).stream().map(r -> String.join(",", r))
                .toList()).isEqualTo(csv);
        String peopleCsv = as(officer).get("/api/nations/LTU/readiness/forecast.csv" + query + "&part=people").then()
                .statusCode(200).extract().asString().replace("\uFEFF", "");
        byte[] peopleXlsx = as(officer).get("/api/nations/LTU/readiness/forecast.xlsx" + query + "&part=people")
                .then().statusCode(200).extract().asByteArray();
        assertThat(org.cthb.readiness.readiness.report.XlsxSheet.read(peopleXlsx).stream()
                .map(r -> String.join(",", r)).toList()).isEqualTo(peopleCsv.lines().toList());
        assertThat(peopleCsv.lines().skip(1).toList()).singleElement().asString().startsWith("FH" + tag + ",");
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false);
    }

    private static Document page(String email, String path) {
        Response response = as(email).get(path);
        assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }
}
