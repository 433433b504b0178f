package org.cthb.readiness.offline;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much a phone may keep of the course ({@code cthb.offline.budget-kb}, 5 MB by default). */
@ApplicationScoped
public class OfflineBudget {

    @ConfigProperty(name = "cthb.offline.budget-kb", defaultValue = "5120")
    long kilobytes;

    public long bytes() {
        return kilobytes * 1024;
    }

    public long kilobytes() {
        return kilobytes;
    }
}
