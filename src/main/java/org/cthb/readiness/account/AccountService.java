package org.cthb.readiness.account;

import org.cthb.readiness.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthb.readiness.database.RetriedOnConflict;
import org.cthb.readiness.audit.AuditLog;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;
import org.cthb.readiness.web.LanguageChosen;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creates and lists accounts; the only way an account comes to exist, for the API, the admin page and bootstrap. */
@ApplicationScoped
public class AccountService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** What it takes to create an account. */
    public record NewAccount(String email, String password, String role, String nation) {
    }

    /** An account as it goes over the wire: never the hash. */
    public record AccountView(long id, String email, Role role, String nation, String language, boolean enabled,
                              boolean passwordSignIn) {
        static AccountView of(Account a) {
            return new AccountView(a.id, a.email, a.role, a.nationIso3, a.language, a.enabled, a.passwordHash != null);
        }
    }

    /** A user's own password change: the current password proves it is them. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** An administrator's password reset. */
    public record PasswordReset(String password) {
    }

    @Inject
    PasswordHasher hasher;
    @Inject
    ReferenceData referenceData;
    @Inject
    AuditLog audit;
    @Inject
    Sessions sessions;

    /**
     * Run again when it loses to a concurrent insert (a deadlock on the e-mail index or the audit log, as the bench
     * met creating accounts in parallel): the whole transaction rolled back, and the same e-mail met twice becomes
     * the 409 below instead of an error.
     */
    @Transactional
    @RetriedOnConflict
    public AccountView create(NewAccount request) {
        Account account = new Account();
        account.email = validEmail(request.email());
        account.role = validRole(request.role());
        account.nationIso3 = validNation(account.role, request.nation());
        account.passwordHash = hasher.hash(PasswordPolicy.check("password", request.password(), request.email()));
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

    /**
     * Changes the caller's own password and ends all their other sessions ({@code keepSession}, the one they are
     * using, stays open; null ends all). Accounts of OpenID Connect users have no password here.
     */
    @Transactional
    public void changePassword(String email, PasswordChange change, Long keepSession) {
        // An OpenID Connect user may not even have an account row yet (it is made on first use): no password here.
        Account account = Account.byEmail(email).orElse(null);
        if (account == null || account.passwordHash == null) {
            throw new Conflict("currentPassword", "Your account signs in through your organisation (OpenID Connect): "
                    + "change your password there");
        }
        if (change == null || change.currentPassword() == null
                || !hasher.matches(change.currentPassword(), account.passwordHash)) {
            throw new InvalidInput("currentPassword", "currentPassword is not your current password");
        }
        String next = PasswordPolicy.check("newPassword", change.newPassword(), account.email);
        if (next.equals(change.currentPassword())) {
            throw new InvalidInput("newPassword", "newPassword must differ from the current password");
        }
        account.passwordHash = hasher.hash(next);
        int ended = sessions.endAll(account.id, Sessions.End.PASSWORD_CHANGED, keepSession);
        audit.record("PASSWORD_CHANGED", "account", String.valueOf(account.id), account.nationIso3,
                ended + " other session(s) ended");
    }

    /** Whether the account signs in with a password here (OpenID Connect users have none). */
    @Transactional
    public boolean signsInWithPassword(String email) {
        return Account.byEmail(email).map(a -> a.passwordHash != null).orElse(false);
    }

    /** An administrator sets a new password; every session of the account ends. */
    @Transactional
    public AccountView resetPassword(long id, PasswordReset reset) {
        Account account = existing(id);
        if (account.passwordHash == null) {
            throw new Conflict("password", account.email + " signs in through OpenID Connect and has no password here; "
                    + "reset it at the identity provider");
        }
        account.passwordHash = hasher.hash(PasswordPolicy.check("password", reset == null ? null : reset.password(),
                account.email));
        int ended = sessions.endAll(account.id, Sessions.End.PASSWORD_RESET, null);
        audit.record("PASSWORD_RESET", "account", String.valueOf(account.id), account.nationIso3,
                account.email + ": " + ended + " session(s) ended");
        return AccountView.of(account);
    }

    /**
     * An administrator disables an account (every session ends, no sign-in works) or enables it again. Disabling
     * one's own account is refused, so that the last administrator cannot lock everyone out by mistake.
     */
    @Transactional
    public AccountView setEnabled(long id, boolean enabled, String actorEmail) {
        Account account = existing(id);
        if (!enabled && account.email.equals(Account.normalise(actorEmail == null ? "" : actorEmail))) {
            throw new Conflict("id", "You cannot disable your own account");
        }
        if (account.enabled == enabled) {
            return AccountView.of(account);
        }
        account.enabled = enabled;
        if (enabled) {
            audit.record("ACCOUNT_ENABLED", "account", String.valueOf(account.id), account.nationIso3, account.email);
        } else {
            int ended = sessions.endAll(account.id, Sessions.End.ACCOUNT_DISABLED, null);
            audit.record("ACCOUNT_DISABLED", "account", String.valueOf(account.id), account.nationIso3,
                    account.email + ": " + ended + " session(s) ended");
        }
        return AccountView.of(account);
    }

    private static Account existing(long id) {
        Account account = Account.findById(id);
        if (account == null) {
            throw new NotFound("id", "No account with id " + id);
        }
        return account;
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

}
