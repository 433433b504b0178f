package org.cthb.readiness.xapi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Pseudonyms;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The xAPI actor and the credential subject are keyed hashes of the account: stable across calls and across a
 * roster linking the account, and equal to no hash of the account id that could be computed without the key.
 */
@QuarkusTest
class PseudonymTest {

    @Inject
    LearningRecords records;
    @Inject
    Pseudonyms pseudonyms;

    @Test
    void theActorIsStableAndNoSimpleHashOfTheAccountId() throws Exception {
        String email = TestAccounts.create(Role.LEARNER, "FRA");
        long id = account(email).id;
        String actor = records.actor(id);
        assertThat(records.actor(id)).isEqualTo(actor);
        assertThat(actor).startsWith("urn:uuid:");
        assertThat(records.actor(id + 1)).isNotEqualTo(actor);

        List<String> guesses = guesses(id);
        assertThat(guesses).noneMatch(actor::contains);
        assertThat(guesses).noneMatch(g -> actor.replace("-", "").contains(g));

        String subject = pseudonyms.urn(Pseudonyms.Use.CREDENTIAL_SUBJECT, id);
        assertThat(subject).isNotEqualTo(actor);
        assertThat(guesses).noneMatch(g -> subject.replace("-", "").contains(g));

        // A roster row linking the account changes neither id.
        String national = "PS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().preemptive().basic(TestAccounts.create(Role.NATION_OFFICER, "FRA"), TestAccounts.PASSWORD)
                .contentType("text/csv").body("national_id;given_name;family_name;category;rank;gender;birth_year;"
                        + "email;mission;role;start_date\n" + national + ";Alex;Martin;military;;female;1990;" + email
                        + ";KFOR;ALL_PERSONNEL;2027-03-01\n")
                .post("/api/nations/FRA/roster?dryRun=false").then().statusCode(200);
        assertThat(account(email).personId).isNotNull();
        assertThat(records.actor(id)).isEqualTo(actor);
        assertThat(pseudonyms.urn(Pseudonyms.Use.CREDENTIAL_SUBJECT, id)).isEqualTo(subject);
    }

    /** Hashes of the id anyone could compute: plain, salted with the old default salt, as text or as a number. */
    private static List<String> guesses(long id) throws Exception {
        List<String> guesses = new ArrayList<>();
        for (String text : List.of(Long.toString(id), "cthb:" + id, "account:" + id, "XAPI_ACTOR:account:" + id,
                "CREDENTIAL_SUBJECT:account:" + id)) {
            for (String algorithm : List.of("SHA-256", "SHA-1", "MD5", "SHA-512")) {
                byte[] hash = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
                guesses.add(HexFormat.of().formatHex(hash, 0, 16));
                guesses.add(HexFormat.of().formatHex(hash, 8, 16));
            }
            guesses.add(UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString().replace("-", ""));
        }
        return guesses;
    }

    private static Account account(String email) {
        return QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow());
    }
}
