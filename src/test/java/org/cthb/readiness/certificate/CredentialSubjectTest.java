package org.cthb.readiness.certificate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cthb.readiness.TestAccounts;
import org.cthb.readiness.account.Account;
import org.cthb.readiness.security.Pseudonyms;
import org.cthb.readiness.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A holder's credential subject is the same on every certificate: a keyed hash of the account, never random. */
@QuarkusTest
class CredentialSubjectTest {

    @Inject
    Holders holders;
    @Inject
    Pseudonyms pseudonyms;

    @Test
    void theSubjectIsTheKeyedHashOfTheAccountOnEveryCall() {
        String email = TestAccounts.create(Role.LEARNER, "FRA");
        long id = QuarkusTransaction.requiringNew().call(() -> Account.byEmail(email).orElseThrow().id);
        String first = holders.of(id).pseudonym();
        assertThat(holders.of(id).pseudonym()).isEqualTo(first);
        assertThat(first).isEqualTo(pseudonyms.of(Pseudonyms.Use.CREDENTIAL_SUBJECT, id).toString());
        assertThat(first).isNotEqualTo(pseudonyms.of(Pseudonyms.Use.XAPI_ACTOR, id).toString());
    }
}
