package org.cthb.readiness.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the embedded MariaDB while the runtime configuration is being built, because the datasource and
 * Liquibase read their URL before any application bean exists. Only when no
 * {@code quarkus.datasource.jdbc.url} is configured: an external URL always wins and nothing is embedded.
 */
public class EmbeddedMariaDbConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    /** Above application.properties (250), below environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime()) {
            return List.of();
        }
        // Liquibase would otherwise fetch its analytics settings from the Internet and report each migration there.
        System.setProperty("liquibase.analytics.enabled", "false");
        ConfigValue external = context.getValue(URL_KEY);
        if (isSet(external)) {
            checkExternal(external.getValue());
            return SchemaCheck.skipMigrationIfUpToDate(context, external.getValue(),
                    valueOr(context, "quarkus.datasource.username", ""),
                    valueOr(context, "quarkus.datasource.password", ""))
                    .map(skip -> List.<ConfigSource>of(new PropertiesConfigSource(skip, SchemaCheck.SOURCE, ORDINAL)))
                    .orElse(List.of());
        }
        if (!enabled(context)) {
            return List.of();
        }
        String url = EmbeddedMariaDbHolder.startOnce(settings(context));
        Map<String, String> values = new HashMap<>(Map.of(
                URL_KEY, url,
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", ""));
        SchemaCheck.skipMigrationIfUpToDate(context, url, "root", "").ifPresent(values::putAll);
        return List.of(new PropertiesConfigSource(values, "cthb-embedded-mariadb", ORDINAL));
    }

    /** True when {@code jdbcUrl} is the embedded server this JVM started (a laptop trial, dev, tests, the bench). */
    public static boolean isEmbedded(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.equals(EmbeddedMariaDbHolder.runningUrl());
    }

    private static void checkExternal(String url) {
        try {
            DatabaseReachability.check(url);
        } catch (EmbeddedDatabaseException e) {
            Logger.getLogger(EmbeddedMariaDbConfigSourceFactory.class).error(e.getMessage());
            throw e;
        }
    }

    static EmbeddedMariaDb.Settings settings(ConfigSourceContext context) {
        String dataDir = valueOr(context, "cthb.embedded-db.data-dir", "data/mariadb");
        String binaries = valueOr(context, "cthb.embedded-db.binaries-dir",
                EmbeddedMariaDb.defaultBinariesDir("11.4.5").getPath());
        int port = Integer.parseInt(valueOr(context, "cthb.embedded-db.port", "0"));
        String database = valueOr(context, "cthb.embedded-db.database", "cthb");
        return new EmbeddedMariaDb.Settings(Path.of(dataDir), Path.of(binaries), port, database);
    }

    private static boolean enabled(ConfigSourceContext context) {
        return Boolean.parseBoolean(valueOr(context, "cthb.embedded-db.enabled", "true"));
    }

    /** The Quarkus build reads configuration too; a database must never start inside Maven. */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().startsWith("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")));
    }

    static String valueOr(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return isSet(value) ? value.getValue() : fallback;
    }

    static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
