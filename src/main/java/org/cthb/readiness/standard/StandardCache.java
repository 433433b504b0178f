package org.cthb.readiness.standard;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.standard.rules.Baseline;
import org.cthb.readiness.standard.rules.Overlay;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The newest version of each standard (the NATO baseline, each nation's overlay), read and parsed once.
 * <p>
 * Cache rule, for many stateless instances behind a load balancer: a standard version is a row that never changes
 * (a save inserts the next version with a higher id), so the only question is whether a newer row exists. Every
 * read first asks the database for {@code max(id)} of {@code standard_version}, one statement answered from the
 * primary key's index, and starts a fresh cache when it moved. A save on this instance or on any other therefore
 * shows on every instance at its next request: the staleness is nil, not a time-to-live, since a certificate
 * records the versions it was issued under and a learner's page must agree with it. Saves read the rows
 * themselves (their {@code basedOn} check must see the database, not a cache).
 */
@ApplicationScoped
class StandardCache {

    /** A stored version, parsed: the baseline's rules for the NATO scope, an overlay's for a nation. */
    record Latest(long id, String scope, int versionNo, Baseline baseline, Overlay overlay) {

        static Latest of(MinimumStandard row) {
            boolean nato = MinimumStandard.NATO.equals(row.scope);
            return new Latest(row.id, row.scope, row.versionNo,
                    nato ? StandardCodec.baseline(StandardCodec.read(row.rules)) : null,
                    nato ? null : StandardCodec.overlay(row.scope, StandardCodec.read(row.rules)));
        }
    }

    /** The newest versions as of one value of {@code max(id)}; empty for a scope without any version. */
    private record Generation(long stamp, ConcurrentMap<String, Optional<Latest>> byScope) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1,
            new ConcurrentHashMap<>()));

    /** The newest version of the scope; call inside a transaction. */
    Optional<Latest> latest(String scope) {
        Number max = (Number) Panache.getEntityManager()
                .createNativeQuery("select coalesce(max(id), 0) from standard_version").getSingleResult();
        long stamp = max.longValue();
        Generation generation = current.get();
        if (generation.stamp() != stamp) {
            generation = new Generation(stamp, new ConcurrentHashMap<>());
            current.set(generation);
        }
        Optional<Latest> known = generation.byScope().get(scope);
        if (known == null) {
            // Loaded outside the map's lock: a database read must not hold up readers of other scopes.
            known = MinimumStandard.latest(scope).map(Latest::of);
            generation.byScope().putIfAbsent(scope, known);
        }
        return known;
    }
}
