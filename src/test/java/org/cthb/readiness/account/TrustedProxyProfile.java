package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service behind a load balancer at 127.0.0.1 (the tests' own address), so that tests can speak for many
 * client addresses through {@code X-Forwarded-For}; and a password-hashing pool of one thread and one queued
 * check, so that a test can fill it. One profile for all of them, so that the suite starts the service once more.
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                "cthb.password-hashing.threads", "1",
                "cthb.password-hashing.queue", "1");
    }
}
