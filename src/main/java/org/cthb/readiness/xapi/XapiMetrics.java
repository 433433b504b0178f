package org.cthb.readiness.xapi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Outbox gauges per nation, read from a snapshot the sender refreshes at every tick (a scrape never queries the
 * database): {@code cthb_xapi_outbox_depth} (statements waiting), {@code cthb_xapi_outbox_oldest_age_seconds} (how
 * long the oldest has waited) and {@code cthb_xapi_outbox_dead} (dead letters waiting for an administrator).
 */
@ApplicationScoped
public class XapiMetrics {

    private static final Logger LOG = Logger.getLogger(XapiMetrics.class);

    @Inject
    MeterRegistry registry;
    @Inject
    XapiOutbox outbox;
    @Inject
    LrsEndpoints endpoints;

    private volatile Map<String, XapiOutbox.NationStats> snapshot = Map.of();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    void refresh() {
        try {
            Map<String, XapiOutbox.NationStats> stats = new TreeMap<>(outbox.stats());
            snapshot = stats;
            Set<String> nations = new java.util.TreeSet<>(endpoints.nations());
            nations.addAll(stats.keySet());
            nations.forEach(this::register);
        } catch (RuntimeException e) {
            LOG.warnf("xAPI outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    private void register(String nation) {
        if (!registered.add(nation)) {
            return;
        }
        Gauge.builder("cthb.xapi.outbox.depth", this, m -> m.stats(nation).pending()).tag("nation", nation)
                .description("xAPI statements waiting to be sent to the nation's LRS").register(registry);
        Gauge.builder("cthb.xapi.outbox.oldest.age", this, m -> m.stats(nation).oldestAgeSeconds(Instant.now()))
                .tag("nation", nation).baseUnit("seconds")
                .description("How long the oldest waiting xAPI statement of the nation has waited").register(registry);
        Gauge.builder("cthb.xapi.outbox.dead", this, m -> m.stats(nation).dead()).tag("nation", nation)
                .description("xAPI statements the nation's LRS refused, waiting for an administrator")
                .register(registry);
    }

    private XapiOutbox.NationStats stats(String nation) {
        return snapshot.getOrDefault(nation, new XapiOutbox.NationStats(nation, 0, null, 0));
    }
}
