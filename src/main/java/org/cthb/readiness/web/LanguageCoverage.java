package org.cthb.readiness.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * How complete each configured language's page texts are: of every message of every bundle, how many its message
 * files ({@code messages/<bundle>_xx.properties}) translate. A missing message shows in English on the page (the
 * bundle's own text); this report names each one for the translators, at start in the log and on
 * {@code GET /api/languages}.
 */
@ApplicationScoped
public class LanguageCoverage {

    private static final Logger LOG = Logger.getLogger(LanguageCoverage.class);
    /** The missing keys a log line names before it says "and N more". */
    private static final int LOGGED = 20;

    /**
     * One language's page texts.
     *
     * @param missing the messages shown in English, as {@code bundle:key} (the name templates use)
     */
    public record Coverage(String language, String name, int translated, int total, int percent,
                           List<String> missing, DataCoverage data) {
    }

    /**
     * A language's names and texts that live in files beside the pages' (nation and mission names in
     * {@code cthb.reference.names-dir}, helpline texts in {@code cthb.support.helplines-dir}).
     *
     * @param missing what shows in English: {@code nation.DEU}, {@code mission.KFOR}, {@code helpline:EST.yaml[0].name}
     */
    public record DataCoverage(int translated, int total, List<String> missing) {
    }

    @jakarta.inject.Inject
    org.cthb.readiness.reference.ReferenceData referenceData;
    @jakarta.inject.Inject
    org.cthb.readiness.reference.ReferenceNames names;
    @jakarta.inject.Inject
    org.cthb.readiness.support.Helplines helplines;

    /*
     * Bundles read only through MessageBundles.get (by language, outside templates) would be removed from the build
     * as unused; these injection points, which accept every language's bundle, keep them all.
     */
    @jakarta.inject.Inject
    @Any
    jakarta.enterprise.inject.Instance<LanguageMsg> languageBundles;
    @jakarta.inject.Inject
    @Any
    jakarta.enterprise.inject.Instance<org.cthb.readiness.certificate.CertificatePrintMsg> certificateBundles;

    private volatile List<Coverage> coverage;

    void onStart(@Observes StartupEvent start) {
        for (Coverage c : all()) {
            if (!c.data().missing().isEmpty()) {
                LOG.warnf("Language %s: %d of %d nation, mission and helpline names untranslated, shown in English:"
                        + " %s%s", c.language(), c.data().missing().size(), c.data().total(), String.join(", ",
                                c.data().missing().subList(0, Math.min(LOGGED, c.data().missing().size()))),
                        c.data().missing().size() > LOGGED ? " and " + (c.data().missing().size() - LOGGED) + " more"
                                : "");
            }
            if (!c.missing().isEmpty()) {
                LOG.warnf("Language %s: %d of %d page texts untranslated, shown in English: %s%s", c.language(),
                        c.missing().size(), c.total(), String.join(", ", c.missing().subList(0,
                                Math.min(LOGGED, c.missing().size()))),
                        c.missing().size() > LOGGED ? " and " + (c.missing().size() - LOGGED) + " more" : "");
            }
        }
    }

    /**
     * Every configured language, English first (complete by definition: it is every bundle's own text). The page
     * texts are fixed at build time and counted once; names and helplines are read again at each call (missions
     * are added, and names files changed, while the service runs).
     */
    public List<Coverage> all() {
        List<Coverage> result = coverage;
        if (result == null) {
            List<Class<?>> bundles = bundles();
            result = Languages.supported().stream().map(l -> of(l, bundles)).toList();
            coverage = result;
        }
        List<String> keys = new ArrayList<>();
        referenceData.nations().forEach(n -> keys.add("nation." + n.iso3()));
        referenceData.missions().forEach(m -> keys.add("mission." + m.code()));
        var texts = helplines.texts();
        return result.stream().map(c -> {
            List<String> missing = new ArrayList<>(names.missing(keys, c.language()));
            texts.forEach((where, text) -> {
                if (!text.has(c.language())) {
                    missing.add("helpline:" + where);
                }
            });
            int total = keys.size() + texts.size();
            return new Coverage(c.language(), c.name(), c.translated(), c.total(), c.percent(), c.missing(),
                    new DataCoverage(total - missing.size(), total, List.copyOf(missing)));
        }).toList();
    }

    private static Coverage of(String language, List<Class<?>> bundles) {
        int total = 0;
        List<String> missing = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties file = "en".equals(language) ? null : file(name, language);
            for (String key : keys(bundle)) {
                total++;
                if (file != null && (file.getProperty(key) == null || file.getProperty(key).isBlank())) {
                    missing.add(name + ":" + key);
                }
            }
        }
        int translated = total - missing.size();
        return new Coverage(language, Languages.ownName(language), translated, total,
                total == 0 ? 100 : (int) Math.floor(100.0 * translated / total), List.copyOf(missing),
                new DataCoverage(0, 0, List.of()));
    }

    /** The bundles the application has: Qute registers each bundle interface as a bean. */
    private static List<Class<?>> bundles() {
        TreeSet<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            for (var type : bean.getTypes()) {
                if (type instanceof Class<?> c && c.isInterface() && c.isAnnotationPresent(MessageBundle.class)
                        && c.getName().startsWith("org.cthb.")) {
                    found.add(c);
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).sorted().toList();
    }

    /** The language's file of the bundle; empty when there is none (every text of the bundle then shows in English). */
    private static Properties file(String bundle, String language) {
        Properties properties = new Properties();
        String path = "messages/" + bundle + "_" + language + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return properties;
    }
}
