package org.cthb.readiness.roster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.audit.AuditEvent;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.roster.RosterImportTest.HEADER;
import static org.cthb.readiness.roster.RosterImportTest.ids;
import static org.cthb.readiness.roster.RosterImportTest.officer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A roster row links only an unlinked learner account of the importing nation; a row whose e-mail belongs to any
 * other account is a row error (dry run and real run alike), the account stays as it was, and the attempt is audited.
 */
@QuarkusTest
class RosterAccountLinkTest {

    private static String row(String id, String email) {
        return id + ";Alex;Martin;military;Sgt;female;1990;" + email + ";KFOR;ALL_PERSONNEL;2027-03-01\n";
    }

    @Test
    void anotherNationsLearnerIsNeverLinked() {
        refused(TestAccounts.create(Role.LEARNER, "DEU"), "another nation");
    }

    @Test
    void anAdministratorIsNeverLinked() {
        refused(TestAccounts.create(Role.ADMIN, null), "ADMIN");
    }

    @Test
    void anAuthorIsNeverLinked() {
        refused(TestAccounts.create(Role.AUTHOR, null), "AUTHOR");
    }

    @Test
    void anOfficerOfTheSameNationIsNeverLinked() {
        refused(TestAccounts.create(Role.NATION_OFFICER, "FRA"), "NATION_OFFICER");
    }

    @Test
    void aLearnerAlreadyLinkedToSomeoneElseStaysTheirs() {
        String email = TestAccounts.create(Role.LEARNER, "FRA");
        officer("FRA").body(HEADER + row(ids(), email)).post("/api/nations/FRA/roster?dryRun=false").then()
                .statusCode(200);
        Long person = account(email).personId;
        assertThat(person).isNotNull();
        refused(email, "another person");
        assertThat(account(email).personId).isEqualTo(person);
    }

    @Test
    void anUnlinkedLearnerOfTheSameNationIsLinkedAndReimportingKeepsIt() {
        String email = TestAccounts.create(Role.LEARNER, "FRA");
        String id = ids();
        String csv = HEADER + row(id, email.toUpperCase());
        officer("FRA").body(csv).post("/api/nations/FRA/roster").then().statusCode(200)
                .body("rejected", equalTo(0));
        officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200)
                .body("applied", equalTo(true));
        Long person = account(email).personId;
        assertThat(person).isNotNull();
        officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200)
                .body("applied", equalTo(true)).body("updated", equalTo(1));
        assertThat(account(email).personId).isEqualTo(person);
    }

    private static void refused(String email, String why) {
        Account before = account(email);
        long audited = audited(before.id);
        String good = ids();
        String csv = HEADER + row(good, "someone-" + good.toLowerCase() + "@mil.example") + row(ids(), email);
        officer("FRA").body(csv).post("/api/nations/FRA/roster").then().statusCode(200)
                .body("rejected", equalTo(1))
                .body("outcomes[1].action", equalTo("REJECTED"))
                .body("outcomes[1].errors", hasSize(1))
                .body("outcomes[1].errors[0].row", equalTo(3))
                .body("outcomes[1].errors[0].column", equalTo("email"))
                .body("outcomes[1].errors[0].message", containsString(why));
        officer("FRA").body(csv).post("/api/nations/FRA/roster?dryRun=false").then().statusCode(422)
                .body("applied", equalTo(false)).body("rejected", equalTo(1))
                .body("outcomes[0].row", equalTo(3))
                .body("outcomes[0].errors[0].column", equalTo("email"))
                .body("outcomes[0].errors[0].message", containsString(why));
        Account after = account(email);
        assertThat(after.personId).isEqualTo(before.personId);
        assertThat(after.nationIso3).isEqualTo(before.nationIso3);
        assertThat(after.role).isEqualTo(before.role);
        assertThat(audited(before.id)).isGreaterThanOrEqualTo(audited + 2);
    }

    private static Account account(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow());
    }

    private static long audited(long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.count(
                "action = ?1 and subjectType = ?2 and subjectId = ?3", "ROSTER_ACCOUNT_REFUSED", "account",
                String.valueOf(accountId)));
    }
}
