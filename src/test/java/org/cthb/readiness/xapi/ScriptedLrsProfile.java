package org.cthb.readiness.xapi;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Estonia's, Latvia's and Lithuania's LRS are the scripted ones ({@link ScriptedLrs}); short timeouts and back-off so
 * the tests are quick, for the LTI score sender too. Public, so that tests elsewhere can share this profile's
 * start-up.
 */
public class ScriptedLrsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String nation : List.of("EST", "LVA", "LTU")) {
            config.put("cthb.lrs." + nation + ".endpoint", ScriptedLrs.INSTANCE.endpoint(nation));
            config.put("cthb.lrs." + nation + ".username", "lrs");
            config.put("cthb.lrs." + nation + ".password", "secret");
        }
        config.put("cthb.xapi.send-every", "1s");
        config.put("cthb.xapi.connect-timeout", "1s");
        config.put("cthb.xapi.read-timeout", "3s");
        config.put("cthb.xapi.backoff-base", "1s");
        config.put("cthb.xapi.backoff-max", "4s");
        config.put("cthb.xapi.dead-after", "3");
        // The LTI score outbox against a hanging platform (lti/LtiScoreOutboxTest), as quick.
        config.put("cthb.lti.send-every", "1s");
        config.put("%test.cthb.lti.send-every", "1s");
        config.put("cthb.lti.connect-timeout", "1s");
        config.put("cthb.lti.read-timeout", "3s");
        config.put("cthb.lti.backoff-max", "4s");
        // A whole course run on a busy machine: the first pages may take long to render.
        config.put("quarkus.http.test-timeout", "120s");
        return config;
    }
}
