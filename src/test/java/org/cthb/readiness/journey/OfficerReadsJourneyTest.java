package org.cthb.readiness.journey;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.Csrf;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.ExperienceMsg;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.journey.Journeys.EN;

/**
 * An officer who reads the pages instead of decoding them: statuses, roles and genders in words with a legend,
 * shares that add up to 100, readable dates, a people table to search, filter, sort and page through with counts;
 * a roster template and column guide; "Import this file" after a check without choosing the file again; an import
 * that ends on a link to readiness, and a failed one that looks finished.
 */
@QuarkusTest
class OfficerReadsJourneyTest {

    private static final ExperienceMsg X = MessageBundles.get(ExperienceMsg.class, Localized.Literal.of("en"));
    private static final String HEADER = "national_id,given_name,family_name,category,rank,gender,birth_year,email,"
            + "mission,role,start_date\n";

    @Test
    void theReadinessPageSpeaksInWordsAndItsPeopleTableSearchesFiltersAndSorts() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String mission = TestMissions.create("RD");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String start = LocalDate.now().plusDays(40).toString();
        StringBuilder csv = new StringBuilder(HEADER);
        String[] roles = {"ALL_PERSONNEL", "ALL_PERSONNEL", "COMMANDER"};
        String[] names = {"Aarnio" + tag, "Berg" + tag, "Cederlund" + tag};
        for (int i = 0; i < 3; i++) {
            csv.append("RD").append(tag).append(i).append(",Kai,").append(names[i]).append(",military,,")
                    .append(i == 0 ? "female" : "male").append(",1990,rd").append(tag).append(i)
                    .append("@example.org,").append(mission).append(',')
                    .append(roles[i]).append(',').append(start).append('\n');
        }
        as(officer).contentType("text/csv").body(csv.toString()).post("/api/nations/EST/roster?dryRun=false")
                .then().statusCode(200);

        Document page = page(officer, "/nations/EST/readiness?mission=" + mission);
        assertThat(page.select("table.bars th[scope=row]").eachText()).containsExactly(X.status_READY(),
                X.status_EXPIRES(), X.status_GRACE(), X.status_IN_PROGRESS(), X.status_NOT_STARTED());
        assertThat(page.select("details.legend dt").eachText()).contains(X.status_GRACE(), X.status_EXPIRES());
        assertThat(page.select("details.legend dd").eachText()).contains(X.legend_GRACE(), X.legend_EXPIRES());
        int sum = page.select("table.bars td:last-child").eachText().stream()
                .mapToInt(t -> Integer.parseInt(t.replace("%", "").strip())).sum();
        assertThat(sum).isEqualTo(100);
        assertThat(page.select("main").text()).doesNotContain("NOT_STARTED").doesNotContain("ALL_PERSONNEL");
        assertThat(page.select("table.people td").eachText()).contains(EN.role_COMMANDER(), X.status_NOT_STARTED());
        assertThat(page.select("main").text()).contains(X.gender_FEMALE());
        assertThat(page.select("table.people time").first().text()).doesNotContain(start).matches(".*20\\d\\d.*");
        assertThat(page.select("#listed").text()).isEqualTo(X.people_listed(3, 3));

        // Search by part of a name; filter by role; the count follows.
        Document found = page(officer, "/nations/EST/readiness?mission=" + mission + "&q=" + names[1].substring(0, 4)
                + tag.substring(0, 0));
        assertThat(found.select("table.people tbody tr").eachText()).anyMatch(t -> t.contains(names[1]));
        Document byName = page(officer, "/nations/EST/readiness?mission=" + mission + "&q=" + names[2]);
        assertThat(byName.select("table.people tbody tr")).hasSize(1);
        assertThat(byName.select("#listed").text()).isEqualTo(X.people_listed(1, 3));
        Document commanders = page(officer, "/nations/EST/readiness?mission=" + mission + "&role=COMMANDER");
        assertThat(commanders.select("table.people tbody tr")).hasSize(1);
        assertThat(commanders.select("#role option[selected]").text()).isEqualTo(EN.role_COMMANDER());
        assertThat(page.select("main h2 + div table").first().select("tbody tr").eachText())
                .contains(EN.role_ALL_PERSONNEL() + " 2", EN.role_COMMANDER() + " 1");
        // Sorting: by name, start date or status, each a link that keeps the filters.
        assertThat(commanders.select("table.people thead a").eachAttr("href"))
                .allMatch(h -> h.contains("role=COMMANDER")).anyMatch(h -> h.contains("sort=status"));
        Document reversed = page(officer, "/nations/EST/readiness?mission=" + mission + "&sort=status");
        assertThat(reversed.select("table.people thead th[aria-sort=ascending]").text()).isEqualTo(EN.status());
        // The API and exports take the same filters.
        JsonPath api = as(officer).get("/api/nations/EST/readiness?mission=" + mission + "&role=COMMANDER").then()
                .statusCode(200).extract().jsonPath();
        assertThat(api.getLong("listed")).isEqualTo(1);
        assertThat(api.getLong("byRole.ALL_PERSONNEL")).isEqualTo(2);
        as(officer).get("/api/nations/EST/readiness?mission=" + mission + "&role=PILOT").then().statusCode(400);
        String export = as(officer).get("/api/nations/EST/readiness/export.csv?mission=" + mission + "&q=" + names[0])
                .then().statusCode(200).extract().asString();
        assertThat(export.lines()).hasSize(2);
    }

    /** The people table pages by a hundred, with links that keep the filters, and filters by status on the page. */
    @Test
    void thePeopleTablePagesAndFiltersByStatus() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String mission = TestMissions.create("PG");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String start = LocalDate.now().plusDays(40).toString();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 101; i++) {
            String n = String.format("%03d", i);
            csv.append("PG").append(tag).append(n).append(",Pat,Page").append(tag).append(n)
                    .append(",civilian,,other,1990,pg").append(tag).append(n).append("@example.org,").append(mission)
                    .append(",ALL_PERSONNEL,").append(start).append('\n');
        }
        as(officer).contentType("text/csv").body(csv.toString()).post("/api/nations/EST/roster?dryRun=false")
                .then().statusCode(200);

        String view = "/nations/EST/readiness?mission=" + mission;
        Document first = page(officer, view);
        assertThat(first.select("table.people tbody tr")).hasSize(100);
        assertThat(first.select("#listed").text()).isEqualTo(X.people_listed(101, 101));
        assertThat(first.select("nav a[rel=prev]")).isEmpty();
        String next = first.select("nav a[rel=next]").attr("href");
        assertThat(next).contains("mission=" + mission).contains("page=1");
        assertThat(first.select("nav[aria-label] p").text()).contains(EN.page_of(1, 101));
        Document second = page(officer, next.replaceFirst("#.*$", ""));
        assertThat(second.select("table.people tbody tr").eachText()).singleElement().asString()
                .contains("Page" + tag + "100");
        assertThat(second.select("nav a[rel=next]")).isEmpty();
        assertThat(second.select("nav a[rel=prev]").attr("href")).contains("page=0");
        assertThat(second.select("nav[aria-label] p").text()).contains(EN.page_of(2, 101));

        // Filtering by status, from the form or from the count's link: the list and its count follow.
        Document notStarted = page(officer, view + "&status=NOT_STARTED");
        assertThat(notStarted.select("#status option[selected]").text()).isEqualTo(X.status_NOT_STARTED());
        assertThat(notStarted.select("#listed").text()).isEqualTo(X.people_listed(101, 101));
        assertThat(first.select("table.bars a").eachAttr("href")).anyMatch(h -> h.endsWith("&status=NOT_STARTED"));
        Document ready = page(officer, view + "&status=READY");
        assertThat(ready.select("table.people tbody tr")).isEmpty();
        assertThat(ready.select("#listed").text()).isEqualTo(X.people_listed(0, 101));
        // A page that cannot exist is refused, naming the parameter.
        Response refused = as(officer).get(view + "&page=-1");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("main").text()).contains("page");
    }

    @Test
    void aCheckedRosterImportsWithoutAskingForTheFileAgainAndEndsOnReadiness() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String other = TestAccounts.create(Role.NATION_OFFICER, "EST");
        Document roster = page(officer, "/nations/EST/roster");
        assertThat(roster.select("a[href=/nations/EST/roster/template.csv]").text()).isEqualTo(X.roster_template());
        assertThat(roster.select("#column-guide").text()).isEqualTo(X.column_guide());
        assertThat(roster.select("main table th[scope=row] code").eachText()).contains("national_id", "start_date",
                "category", "gender");
        String template = as(officer).get("/nations/EST/roster/template.csv").then().statusCode(200).extract()
                .asString();
        assertThat(template.lines().findFirst().orElseThrow()).isEqualTo(HEADER.strip());

        String mission = TestMissions.create("CK");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String csv = HEADER + "CK" + tag + ",Ada,Kivi,civilian,,female,1985,ck" + tag + "@example.org," + mission + ",ALL_PERSONNEL,"
                + LocalDate.now().plusDays(30) + "\n";
        Response checked = Csrf.with(as(officer)).multiPart("file", "ok.csv", csv.getBytes(), "text/csv")
                .multiPart("action", "check").post("/nations/EST/roster");
        assertThat(checked.statusCode()).isEqualTo(200);
        Document check = Jsoup.parse(checked.asString());
        assertThat(check.select("#import-checked button").text()).isEqualTo(X.import_checked());
        assertThat(check.select("#import-checked").text()).contains(X.checked_ready("ok.csv", 1));
        String token = check.select("#import-checked input[name=checked]").val();
        assertThat(token).hasSizeGreaterThan(30);

        // Another officer cannot import it, even with the token.
        Csrf.with(as(other)).formParam("checked", token).post("/nations/EST/roster/checked").then().statusCode(404);
        Response imported = Csrf.with(as(officer)).formParam("checked", token).post("/nations/EST/roster/checked");
        assertThat(imported.statusCode()).isEqualTo(303);
        String progress = imported.header("Location");
        assertThat(progress).contains("/nations/EST/roster/imports/");
        String path = progress.substring(progress.indexOf("/nations/"));
        awaitEnd(officer, "/api" + path.substring(0, path.indexOf('?')));
        Document done = page(officer, path.substring(0, path.indexOf('?')));
        assertThat(done.select("main a[href=/nations/EST/readiness]").text()).isEqualTo(X.see_readiness());
        assertThat(done.select("main progress").attr("value")).as("a full bar that no longer moves")
                .isEqualTo(done.select("main progress").attr("max"));
        // The token imports once.
        Csrf.with(as(officer)).formParam("checked", token).post("/nations/EST/roster/checked").then().statusCode(404);
        assertThat(as(officer).get("/api/nations/EST/readiness?mission=" + mission).then().statusCode(200)
                .extract().jsonPath().getLong("total")).isEqualTo(1);
    }

    @Test
    void aFailedImportLooksFinished() {
        String officer = TestAccounts.create(Role.NATION_OFFICER, "EST");
        String csv = HEADER + "BAD1,Ada,Kivi,civilian,,female,1985,bad1@example.org,NOSUCHMISSION,ALL_PERSONNEL,2027-01-01\n";
        Response started = Csrf.with(as(officer)).multiPart("file", "bad.csv", csv.getBytes(), "text/csv")
                .multiPart("action", "import").post("/nations/EST/roster");
        assertThat(started.statusCode()).isEqualTo(303);
        String location = started.header("Location");
        String path = location.substring(location.indexOf("/nations/"), location.indexOf('?'));
        assertThat(awaitEnd(officer, "/api" + path).getString("status")).isEqualTo("FAILED");
        Document failed = page(officer, path + "?follow=true");
        assertThat(failed.select("main progress")).as("no moving bar once it has ended").isEmpty();
        assertThat(failed.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(failed.select("main").text()).contains(X.import_failed_finished()).contains(X.import_finished());
        assertThat(failed.select("main a[href=/nations/EST/roster]").eachText()).contains(X.check_again());
    }

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD).redirects().follow(false);
    }

    private static Document page(String email, String path) {
        Response response = as(email).get(path);
        assertThat(response.statusCode()).as(path + ": " + response.asString()).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }

    private static JsonPath awaitEnd(String officer, String api) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath run = as(officer).get(api).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(run.getString("status")) || Instant.now().isAfter(deadline)) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return run;
            }
        }
    }
}
