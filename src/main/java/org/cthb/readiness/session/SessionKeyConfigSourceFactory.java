package org.cthb.readiness.session;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Supplies {@code cthb.session.file-key}, the key read from (or created in) {@code cthb.session.key-file}, to the
 * runtime configuration: Quarkus reads {@code quarkus.http.auth.session.encryption-key} before any bean exists, and
 * application.properties sets it to {@code ${CTHB_SESSION_KEY:${cthb.session.file-key}}}. The file is touched only
 * when that fallback is evaluated, so with CTHB_SESSION_KEY set no file is created.
 */
public class SessionKeyConfigSourceFactory implements ConfigSourceFactory {

    public static final String KEY_FILE = "cthb.session.key-file";
    public static final String FILE_KEY = "cthb.session.file-key";
    static final String DEFAULT_FILE = "data/session-key";
    /** Above application.properties (250), below environment variables (300). */
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isBuildTime()) {
            return List.of();
        }
        ConfigValue configured = context.getValue(KEY_FILE);
        String file = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? DEFAULT_FILE : configured.getValue().trim();
        return List.of(new FileKeySource(Path.of(file)));
    }

    /** The Quarkus build reads configuration too; it must never write a key into the project. */
    private static boolean isBuildTime() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(
                f -> f.getClassName().startsWith("io.quarkus.deployment.configuration.BuildTimeConfigurationReader")));
    }

    /** Lists no names, so that nothing enumerating the configuration reads (or prints) the key. */
    private static final class FileKeySource implements ConfigSource {

        private final Path file;
        private volatile String key;

        FileKeySource(Path file) {
            this.file = file;
        }

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String name) {
            if (!FILE_KEY.equals(name)) {
                return null;
            }
            if (key == null) {
                synchronized (this) {
                    if (key == null) {
                        key = SessionKeyFile.loadOrCreate(file);
                    }
                }
            }
            return key;
        }

        @Override
        public String getName() {
            return "cthb-session-key-file";
        }

        @Override
        public int getOrdinal() {
            return ORDINAL;
        }
    }
}
