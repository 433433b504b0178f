package org.cthb.readiness.lti;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each platform's key set, fetched from its JWKS URL and cached (nimbus' JWKSourceBuilder): a token signed with a
 * key the cache does not know makes it fetch the set again, so a platform that rotates its keys is followed at
 * once; refetching is rate-limited so that tokens with made-up key ids cannot make us hammer the platform.
 */
@ApplicationScoped
public class PlatformKeys {

    @ConfigProperty(name = "cthb.lti.jwks-cache", defaultValue = "PT15M")
    Duration cacheFor;
    @ConfigProperty(name = "cthb.lti.jwks-min-refetch", defaultValue = "PT30S")
    Duration minRefetch;

    private final Map<Long, Cached> sources = new ConcurrentHashMap<>();

    private record Cached(String url, JWKSource<SecurityContext> source) {
    }

    JWKSource<SecurityContext> of(LtiPlatform platform) {
        Cached cached = sources.get(platform.id);
        if (cached == null || !cached.url().equals(platform.jwksUrl)) {
            cached = new Cached(platform.jwksUrl, build(platform.jwksUrl));
            sources.put(platform.id, cached);
        }
        return cached.source();
    }

    /** A registration changed or went: its keys are fetched anew. */
    void forget(long platformId) {
        sources.remove(platformId);
    }

    private JWKSource<SecurityContext> build(String url) {
        try {
            JWKSourceBuilder<SecurityContext> builder = JWKSourceBuilder.<SecurityContext>create(
                            URI.create(url).toURL(), new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
                    .cache(cacheFor.toMillis(), 10_000).retrying(true);
            return (minRefetch.isZero() ? builder.rateLimited(false) : builder.rateLimited(minRefetch.toMillis()))
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a key set URL: " + url, e);
        }
    }
}
