package org.cthb.readiness.reference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reads nations and missions for pages, the API and other features.
 * <p>
 * Cache rule, for many stateless instances behind a load balancer: nations change only with a deployment (a
 * Liquibase changeset) or an operator's SQL, never through the service, so the nation list and each nation (read
 * by every page for its support link) are kept for {@code cthb.reference.cache-ttl} (60 s): a change shows on
 * every instance within that time, with no statement meanwhile. Missions are added while the service runs (and
 * never removed), so only a mission found is remembered; an unknown code and the list of missions are always read.
 */
@ApplicationScoped
public class ReferenceData {

    private static final String ALL = "";

    private final Cache<String, List<NationView>> nationList;
    private final Cache<String, Nation> nations;
    private final Cache<String, Boolean> missionsFound;

    ReferenceData(@ConfigProperty(name = "cthb.reference.cache-ttl", defaultValue = "60S") Duration ttl) {
        nationList = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1).build();
        nations = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
        missionsFound = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    /** A nation as it goes over the wire. */
    public record NationView(String iso3, String nameEn, String nameFr, boolean natoMember) {
    }

    /** A mission as it goes over the wire. */
    public record MissionView(String code, String nameEn, String nameFr, String hostAreaEn, String hostAreaFr) {
    }

    @Transactional
    public List<NationView> nations() {
        return nationList.get(ALL, k -> Nation.allByCode().stream()
                .map(n -> new NationView(n.iso3, n.nameEn, n.nameFr, n.natoMember))
                .toList());
    }

    @Transactional
    public List<MissionView> missions() {
        return Mission.allByCode().stream()
                .map(m -> new MissionView(m.code, m.nameEn, m.nameFr, m.hostAreaEn, m.hostAreaFr))
                .toList();
    }

    @Transactional
    /**
     * The nation, as a read-only copy shared by every request (never to be changed or persisted); an unknown
     * code is not remembered, so a nation added shows at once.
     */
    public Optional<Nation> nation(String iso3) {
        if (iso3 == null) {
            return Optional.empty();
        }
        String code = iso3.toUpperCase();
        Nation known = nations.getIfPresent(code);
        if (known == null) {
            Nation row = Nation.findById(code);
            if (row == null) {
                return Optional.empty();
            }
            known = copy(row);
            nations.put(code, known);
        }
        return Optional.of(known);
    }

    @Transactional
    public boolean missionExists(String code) {
        if (code == null) {
            return false;
        }
        if (missionsFound.getIfPresent(code) != null) {
            return true;
        }
        boolean found = Mission.findById(code) != null;
        if (found) {
            missionsFound.put(code, Boolean.TRUE);
        }
        return found;
    }

    /** Detached from the session that read it: what the cache holds must not be managed by any transaction. */
    private static Nation copy(Nation row) {
        Nation copy = new Nation();
        copy.iso3 = row.iso3;
        copy.nameEn = row.nameEn;
        copy.nameFr = row.nameFr;
        copy.natoMember = row.natoMember;
        copy.supportUrl = row.supportUrl;
        return copy;
    }
}
