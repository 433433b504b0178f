package org.cthb.readiness.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.Forbidden;
import org.cthb.readiness.error.NotFound;

import java.util.Locale;

/**
 * Keeps nation officers inside their own nation. Another nation's records answer 404, exactly like records that
 * do not exist, so that an officer cannot even learn whether they exist.
 */
@RequestScoped
public class NationScope {

    @Inject
    SecurityIdentity identity;

    /** The nation code, upper case, once the caller is allowed to see its people. */
    public String require(String iso3) {
        String nation = iso3 == null ? "" : iso3.toUpperCase(Locale.ROOT);
        if (identity.hasRole(Role.ADMIN_NAME)) {
            return nation;
        }
        if (identity.hasRole(Role.OFFICER_NAME)) {
            if (nation.equals(identity.getAttribute(IdentityAttributes.NATION))) {
                return nation;
            }
            throw new NotFound("No nation " + nation + " among yours");
        }
        throw new Forbidden("Only nation officers and administrators see a nation's people");
    }
}
