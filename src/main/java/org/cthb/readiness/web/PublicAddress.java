package org.cthb.readiness.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cthb.readiness.database.EmbeddedMariaDbConfigSourceFactory;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The address people and verifiers reach the service at: the base of the certificate's QR code and verification
 * link, credential ids and links in e-mails. Production (the prod profile on an external database) must name it in
 * {@code cthb.public-url} and refuses to start without it, since a certificate printed with a wrong address cannot be
 * recalled. Without one, an instance on its embedded database (dev, tests, a laptop trial) uses the address it
 * serves on, read once the HTTP server has its port, so that a QR code scanned on the same machine works.
 */
@ApplicationScoped
public class PublicAddress {

    public static final String KEY = "cthb.public-url";
    private static final Logger LOG = Logger.getLogger(PublicAddress.class);

    @ConfigProperty(name = KEY)
    Optional<String> configured;

    void onStart(@Observes StartupEvent start) {
        Optional<String> refused = refusalAtStart(configured, LaunchMode.current(), ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse(null));
        if (refused.isPresent()) {
            LOG.error(refused.get());
            throw new IllegalStateException(refused.get());
        }
        configured.filter(s -> !s.isBlank()).ifPresent(PublicAddress::checked);
    }

    /**
     * Why the service must not start, if it must not: production (the normal launch mode) on an external database
     * without an address. Decided apart from the start event so that the rule itself is tested.
     */
    static Optional<String> refusalAtStart(Optional<String> configured, LaunchMode mode, String jdbcUrl) {
        boolean missing = configured.filter(s -> !s.isBlank()).isEmpty();
        return missing && mode == LaunchMode.NORMAL && isExternal(jdbcUrl) ? Optional.of(refusal()) : Optional.empty();
    }

    /** The base address without a trailing slash, e.g. {@code https://cthb.example.org}. */
    public String base() {
        return resolve(configured, PublicAddress::servingPort);
    }

    /** The configured address, or the local address this instance serves on. */
    static String resolve(Optional<String> configured, IntSupplier servingPort) {
        Optional<String> given = configured.map(String::strip).filter(s -> !s.isEmpty());
        if (given.isPresent()) {
            return checked(given.get()).replaceAll("/+$", "");
        }
        return "http://localhost:" + servingPort.getAsInt();
    }

    static String refusal() {
        return KEY + " (environment variable CTHB_PUBLIC_URL) is not set: production must name the public address"
                + " of the service, such as https://cthb.example.org, because certificates print it in their QR code"
                + " and verification link.";
    }

    /** Refuses an address a phone could not open: it must be absolute http(s). */
    static String checked(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(KEY + " must be an absolute http or https address, not " + url);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException(KEY + " must be an absolute http or https address, not " + url);
        }
        return url.strip();
    }

    /**
     * An external database is any configured URL but that of the embedded server this JVM started. (The name of
     * the configuration source that supplied the URL is no guide: the packaged service read it under another name,
     * and refused to start on its own embedded database.)
     */
    static boolean isExternal(String jdbcUrl) {
        return jdbcUrl != null && !jdbcUrl.isBlank() && !EmbeddedMariaDbConfigSourceFactory.isEmbedded(jdbcUrl);
    }

    /** The port the HTTP server bound: Quarkus writes the real one back when it was 0 (random, as in tests). */
    private static int servingPort() {
        String key = LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
        return ConfigProvider.getConfig().getOptionalValue(key, Integer.class).orElse(8080);
    }
}
