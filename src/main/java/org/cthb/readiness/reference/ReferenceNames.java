package org.cthb.readiness.reference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Nation and mission names in the languages beyond English and French. The reference tables hold the names in NATO's
 * two official languages; a further language brings its names in a file,
 * {@code <cthb.reference.names-dir>/<xx>.properties} ({@code nation.DEU=Deutschland}, {@code mission.KFOR=...}), so no code or database change is needed for it. A
 * name the file lacks shows in English and is listed for translators ({@link #missing}).
 * <p>
 * Each file is kept {@code cthb.reference.cache-ttl} per instance, like the nations: missions are added while the
 * service runs, so their names may be added to the file without a restart.
 */
@ApplicationScoped
@Named("names")
public class ReferenceNames {

    private static final Logger LOG = Logger.getLogger(ReferenceNames.class);

    private final Path folder;
    private final Cache<String, Map<String, String>> files;

    ReferenceNames(@ConfigProperty(name = "cthb.reference.names-dir", defaultValue = "courses/names") String folder,
                   @ConfigProperty(name = "cthb.reference.cache-ttl", defaultValue = "60S") Duration ttl) {
        this.folder = Path.of(folder);
        this.files = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100).build();
    }

    /** The nation's name in the language: French and English from the table, others from the names file. */
    public String nation(String iso3, String nameEn, String nameFr, String language) {
        return name("nation." + iso3, nameEn, nameFr, language);
    }

    public String nation(ReferenceData.NationView nation, String language) {
        return nation(nation.iso3(), nation.nameEn(), nation.nameFr(), language);
    }

    public String mission(ReferenceData.MissionView mission, String language) {
        return mission(mission.code(), mission.nameEn(), mission.nameFr(), language);
    }

    /** The mission's name in the language: French and English from the table, others from the names file. */
    public String mission(String code, String nameEn, String nameFr, String language) {
        return name("mission." + code, nameEn, nameFr, language);
    }

    /** Whether the language's names file names this nation or mission ({@code nation.DEU}, {@code mission.KFOR}). */
    public boolean has(String key, String language) {
        return "en".equals(language) || "fr".equals(language) || of(language).containsKey(key);
    }

    /** Of the keys given ({@code nation.DEU} ...), those the language's names file lacks, shown in English. */
    public List<String> missing(List<String> keys, String language) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!has(key, language)) {
                missing.add(key);
            }
        }
        return missing;
    }

    private String name(String key, String nameEn, String nameFr, String language) {
        if ("fr".equals(language)) {
            return nameFr;
        }
        if (language == null || "en".equals(language)) {
            return nameEn;
        }
        return of(language).getOrDefault(key, nameEn);
    }

    private Map<String, String> of(String language) {
        if (language == null || !language.matches("[a-z]{2}")) {
            return Map.of();
        }
        return files.get(language, this::read);
    }

    /** The language's file; empty when there is none or it cannot be read (every name then shows in English). */
    private Map<String, String> read(String language) {
        Path file = folder.resolve(language + ".properties");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.errorf("Names file %s left out, names shown in English: %s", file, e.getMessage());
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        properties.forEach((k, v) -> {
            if (!String.valueOf(v).isBlank()) {
                names.put(String.valueOf(k).strip(), String.valueOf(v).strip());
            }
        });
        return Map.copyOf(names);
    }
}
