package org.cthb.readiness.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.web.PublicAddress;

/** Our tool's addresses, to copy into a platform's registration. */
@ApplicationScoped
public class ToolUrls {

    @Inject
    PublicAddress publicAddress;

    public record Urls(String login, String launch, String deepLink, String jwks) {
    }

    public Urls urls() {
        String base = base();
        return new Urls(base + "/lti/login", base + "/lti/launch", base + "/lti/launch", base + "/lti/jwks");
    }

    public String base() {
        return publicAddress.base();
    }
}
