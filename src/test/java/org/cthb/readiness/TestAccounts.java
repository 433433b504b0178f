package org.cthb.readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.cthb.readiness.account.AccountService;
import org.cthb.readiness.security.Role;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;

/** Creates accounts with unique e-mails, so that tests never depend on each other's data or order. */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";

    private TestAccounts() {
    }

    public static String create(Role role, String nation) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        AccountService accounts = CDI.current().select(AccountService.class).get();
        QuarkusTransaction.requiringNew().run(() ->
                accounts.create(new AccountService.NewAccount(email, PASSWORD, role.name(), nation)));
        return email;
    }

    public static String admin() {
        return create(Role.ADMIN, null);
    }
}
