package org.cthb.readiness.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.reference.ReferenceData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the "Support" link of every page leads: the nation's own support service when it set one. */
@ApplicationScoped
public class SupportLinks {

    @ConfigProperty(name = "cthb.support.default-url")
    String defaultUrl;
    @Inject
    ReferenceData referenceData;

    public String forNation(String iso3) {
        if (iso3 == null) {
            return defaultUrl;
        }
        return referenceData.nation(iso3).map(n -> n.supportUrl).filter(u -> u != null && !u.isBlank())
                .orElse(defaultUrl);
    }
}
