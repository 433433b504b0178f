package org.cthb.readiness.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Reads nations and missions for pages, the API and other features. */
@ApplicationScoped
public class ReferenceData {

    /** A nation as it goes over the wire. */
    public record NationView(String iso3, String nameEn, String nameFr, boolean natoMember) {
    }

    /** A mission as it goes over the wire. */
    public record MissionView(String code, String nameEn, String nameFr, String hostAreaEn, String hostAreaFr) {
    }

    @Transactional
    public List<NationView> nations() {
        return Nation.allByCode().stream()
                .map(n -> new NationView(n.iso3, n.nameEn, n.nameFr, n.natoMember))
                .toList();
    }

    @Transactional
    public List<MissionView> missions() {
        return Mission.allByCode().stream()
                .map(m -> new MissionView(m.code, m.nameEn, m.nameFr, m.hostAreaEn, m.hostAreaFr))
                .toList();
    }

    @Transactional
    public Optional<Nation> nation(String iso3) {
        return iso3 == null ? Optional.empty() : Optional.ofNullable(Nation.findById(iso3.toUpperCase()));
    }

    @Transactional
    public boolean missionExists(String code) {
        return code != null && Mission.findById(code) != null;
    }
}
