package org.cthb.readiness.account;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The service as shipped, trusting no proxy (the other tests play a load balancer at 127.0.0.1), and with a
 * password-hashing pool of one thread and one queued check, so that a test can fill it. One profile for both, so
 * that the suite starts the service only once more.
 */
public class UntrustedPeerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.proxy.proxy-address-forwarding", "false",
                "cthb.password-hashing.threads", "1",
                "cthb.password-hashing.queue", "1",
                "cthb.password-hashing.refusal-delay", "PT0.7S");
    }
}
