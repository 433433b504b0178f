package org.cthb.readiness.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.error.Forbidden;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.reference.ReferenceData;

import java.util.Locale;

/**
 * Keeps nation officers inside their own nation. Another nation's records answer 404, exactly like records that
 * do not exist, so that an officer cannot even learn whether they exist.
 */
@RequestScoped
public class NationScope {

    @Inject
    SecurityIdentity identity;
    @Inject
    ReferenceData referenceData;

    /**
     * The nation code, upper case, once the caller is allowed to see its people. A code that is no nation answers
     * 404 naming it, before anything is read or written for it (an unknown code used to fail on a foreign key: 500).
     */
    public String require(String iso3) {
        String nation = iso3 == null ? "" : iso3.strip().toUpperCase(Locale.ROOT);
        if (referenceData.nation(nation).isEmpty()) {
            throw new NotFound("iso3", "No nation " + iso3 + ": nations are ISO 3166-1 alpha-3 codes such as FRA "
                    + "(GET /api/nations lists them)");
        }
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
