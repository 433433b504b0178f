package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.web.LanguageChosen;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creates and lists accounts; the only way an account comes to exist, for the API, the admin page and bootstrap. */
@ApplicationScoped
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What it takes to create an account. */
    public record NewAccount(String email, String password, String role, String nation) {
    }

    /** An account as it goes over the wire: never the hash. */
    public record AccountView(long id, String email, Role role, String nation, String language, boolean enabled) {
        static AccountView of(Account a) {
            return new AccountView(a.id, a.email, a.role, a.nationIso3, a.language, a.enabled);
        }
    }

    @Inject
    PasswordHasher hasher;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditLog audit;

    @Transactional
    public AccountView create(NewAccount request) {
        Account account = new Account();
        account.email = validEmail(request.email());
        account.role = validRole(request.role());
        account.nationIso3 = validNation(account.role, request.nation());
        account.passwordHash = hasher.hash(validPassword(request.password()));
        account.language = "en";
        account.enabled = true;
        if (Account.byEmail(account.email).isPresent()) {
            throw new Conflict("email", "An account with e-mail " + account.email + " already exists");
        }
        account.persist();
        audit.record("ACCOUNT_CREATED", "account", String.valueOf(account.id), account.nationIso3,
                account.email + " as " + account.role);
        return AccountView.of(account);
    }

    @Transactional
    public List<AccountView> list() {
        return Account.allByEmail().stream().map(AccountView::of).toList();
    }

    @Transactional
    void rememberLanguage(@Observes LanguageChosen choice) {
        Account.byEmail(choice.email()).ifPresent(a -> a.language = choice.language());
    }

    private static String validEmail(String email) {
        if (email == null || !EMAIL.matcher(email.trim()).matches() || email.length() > 254) {
            throw new InvalidInput("email", "email must be a valid e-mail address");
        }
        return Account.normalise(email);
    }

    private static Role validRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("role", "role must be one of " + List.of(Role.values()));
        }
    }

    private String validNation(Role role, String nation) {
        boolean given = nation != null && !nation.isBlank();
        if (role.needsNation() && !given) {
            throw new InvalidInput("nation", "nation is required for role " + role);
        }
        if (!given) {
            return null;
        }
        return referenceData.nation(nation.trim())
                .map(n -> n.iso3)
                .orElseThrow(() -> new InvalidInput("nation", "nation " + nation + " is not a known ISO 3166-1 alpha-3 code"));
    }

    private static String validPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }
}
