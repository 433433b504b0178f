package org.cthb.readiness.support;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helplines the support page offers: the signed-in learner's nation's first, then the shipped default. Read once
 * at start from {@code cthb.support.helplines-dir}; files with problems are logged with every problem and left out.
 * In memory, so pages rendered on the I/O thread (error pages) can show them too.
 */
@Startup
@ApplicationScoped
@Named("helplines")
public class Helplines {

    private static final Logger LOG = Logger.getLogger(Helplines.class);

    @ConfigProperty(name = "cthb.support.helplines-dir", defaultValue = "courses/helplines")
    String folder;

    private volatile Map<String, List<Helpline>> byNation = Map.of();

    @PostConstruct
    void load() {
        HelplineFiles.Result result = HelplineFiles.read(Path.of(folder));
        result.problems().forEach(p -> LOG.errorf("Helpline file left out: %s", p));
        byNation = Map.copyOf(result.byNation());
        LOG.infof("Helplines: default %s, nations %s", byNation.containsKey("default") ? "present" : "missing",
                byNation.keySet().stream().filter(k -> !k.equals("default")).toList());
    }

    /**
     * Every text of the helpline files, by where it is ({@code EST.yaml[0].name}), for the translators' report of
     * each language ({@code GET /api/languages}).
     */
    public Map<String, org.cthb.readiness.course.files.Text> texts() {
        Map<String, org.cthb.readiness.course.files.Text> texts = new java.util.TreeMap<>();
        byNation.forEach((file, lines) -> {
            for (int i = 0; i < lines.size(); i++) {
                String where = file + ".yaml[" + i + "].";
                texts.put(where + "name", lines.get(i).name());
                if (lines.get(i).hours() != null) {
                    texts.put(where + "hours", lines.get(i).hours());
                }
            }
        });
        return texts;
    }

    /** The nation's helplines (none when it listed none, or for a visitor: null), then the default ones. */
    public List<Helpline> forNation(String iso3) {
        List<Helpline> lines = new ArrayList<>();
        if (iso3 != null) {
            lines.addAll(byNation.getOrDefault(iso3, List.of()));
        }
        lines.addAll(byNation.getOrDefault("default", List.of()));
        return lines;
    }
}
