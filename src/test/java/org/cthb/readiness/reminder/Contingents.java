package org.cthb.readiness.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.TestMissions;
import org.cthb.readiness.account.Account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data for reminders: a mission of the test's own, so that a readiness view holds only that test's people,
 * rosters imported through the API, and a reminder clock set to a chosen day.
 */
final class Contingents {

    static final String HEADER =
            "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n";

    private Contingents() {
    }

    static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, TestAccounts.PASSWORD);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String newMission() {
        return TestMissions.create("REM");
    }

    static void importRoster(String officer, String nation, String rows) {
        as(officer).contentType("text/csv").body(HEADER + rows)
                .post("/api/nations/" + nation + "/roster?dryRun=false").then().statusCode(200);
    }

    static void forgetEmail(String nation, String nationalId) {
        QuarkusTransaction.requiringNew().run(() -> Account.getEntityManager()
                .createNativeQuery("update person set email = null where nation_iso3 = ?1 and national_id = ?2")
                .setParameter(1, nation).setParameter(2, nationalId).executeUpdate());
    }

    static void speaks(String accountEmail, String language) {
        QuarkusTransaction.requiringNew().run(() -> Account.byEmail(accountEmail).orElseThrow().language = language);
    }

    /** From now on in this test, reminders go by this day. */
    static void today(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        QuarkusMock.installMockForType(new ReminderClock(clock), ReminderClock.class);
    }
}
