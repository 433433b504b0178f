package org.cthb.readiness.lti;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.cthb.readiness.account.SessionCookie;
import jakarta.transaction.Transactional;
import org.cthb.readiness.web.FrameAncestors;

import java.net.URI;
import java.util.TreeSet;

/**
 * Lets registered platforms show our launch pages in their iframe (CSP frame-ancestors with their origins), and the
 * rest of the site too when the session cookie may travel in frames at all (SameSite=None); every other site is
 * still refused. The list is re-read every minute and after each registration change, never on a request.
 */
@ApplicationScoped
public class PlatformFraming implements FrameAncestors {

    @Inject
    SessionCookie sessionCookie;

    private volatile String origins = "";

    @Override
    public String allowedFor(String path) {
        return path.startsWith("/lti/") || sessionCookie.worksInFrames() ? origins : "";
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "1m", delayed = "1m")
    @Transactional
    void refresh() {
        TreeSet<String> set = new TreeSet<>();
        for (LtiPlatform platform : LtiPlatform.<LtiPlatform>listAll()) {
            for (String url : new String[] {platform.issuer, platform.authUrl}) {
                try {
                    URI uri = URI.create(url);
                    if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                        set.add(uri.getScheme() + "://" + uri.getRawAuthority());
                    }
                } catch (IllegalArgumentException ignored) {
                    // registrations are checked on save; an odd old one is simply not allowed to frame us
                }
            }
        }
        origins = String.join(" ", set);
    }
}
