package org.cthb.readiness.lti;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Our tool's addresses, to copy into a platform's registration. */
@ApplicationScoped
public class ToolUrls {

    @ConfigProperty(name = "cthb.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public record Urls(String login, String launch, String deepLink, String jwks) {
    }

    public Urls urls() {
        String base = publicUrl.replaceAll("/+$", "");
        return new Urls(base + "/lti/login", base + "/lti/launch", base + "/lti/launch", base + "/lti/jwks");
    }

    public String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
