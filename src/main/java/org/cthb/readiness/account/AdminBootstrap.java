package org.cthb.readiness.account;

import org.cthb.readiness.error.InvalidInput;

import org.cthb.readiness.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Creates the first administrator from configuration at first start. No profile but dev ships a default
 * password: production sets CTHB_BOOTSTRAP_ADMIN_EMAIL and CTHB_BOOTSTRAP_ADMIN_PASSWORD once.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @ConfigProperty(name = "cthb.bootstrap.admin-email")
    Optional<String> email;
    @ConfigProperty(name = "cthb.bootstrap.admin-password")
    Optional<String> password;
    @Inject
    AccountService accounts;

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(Account::anyAdmin)) {
            return;
        }
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warn("No administrator exists: set cthb.bootstrap.admin-email and cthb.bootstrap.admin-password "
                    + "(CTHB_BOOTSTRAP_ADMIN_EMAIL / CTHB_BOOTSTRAP_ADMIN_PASSWORD) to create the first one");
            return;
        }
        try {
            accounts.create(new AccountService.NewAccount(email.get(), password.get(), Role.ADMIN.name(), null));
        } catch (InvalidInput refused) {
            // Say which setting to change: the start-up stops here, far from any form that could show the field.
            throw new IllegalStateException("cthb.bootstrap.admin-email / -password (CTHB_BOOTSTRAP_ADMIN_EMAIL / "
                    + "CTHB_BOOTSTRAP_ADMIN_PASSWORD) refused: " + refused.getMessage(), refused);
        }
        LOG.infof("Created the first administrator %s", email.get());
    }
}
