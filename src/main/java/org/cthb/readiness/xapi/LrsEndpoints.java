package org.cthb.readiness.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nations' Learning Record Stores, configured as {@code cthb.lrs.<ISO3>.endpoint}, {@code .username} and
 * {@code .password} (or the environment variables {@code CTHB_LRS_<ISO3>_ENDPOINT}...).
 */
@ApplicationScoped
public class LrsEndpoints {

    private static final Pattern ENDPOINT = Pattern.compile("(?i)cthb[._]lrs[._]([a-z]{3})[._]endpoint");

    /** One LRS: the statements resource and the Basic credentials. */
    public record Lrs(String nation, String statements, String authorization) {
    }

    @Inject
    Config config;

    /** The nations with an LRS, upper case. */
    public Set<String> nations() {
        Set<String> nations = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = ENDPOINT.matcher(name);
            if (m.matches()) {
                String nation = m.group(1).toUpperCase(Locale.ROOT);
                if (of(nation).isPresent()) {
                    nations.add(nation);
                }
            }
        }
        return nations;
    }

    public boolean has(String nation) {
        return nation != null && of(nation).isPresent();
    }

    public Optional<Lrs> of(String nation) {
        String base = "cthb.lrs." + nation + ".";
        return config.getOptionalValue(base + "endpoint", String.class).filter(s -> !s.isBlank()).map(endpoint -> {
            String user = config.getOptionalValue(base + "username", String.class).orElse("");
            String password = config.getOptionalValue(base + "password", String.class).orElse("");
            return new Lrs(nation, endpoint.replaceAll("/+$", "") + "/statements", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        });
    }
}
