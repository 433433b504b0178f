package org.cthb.readiness.offline;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/**
 * The web app manifest, so that a phone can install the site like an app (it then opens on the learner's training);
 * public, as browsers fetch it without credentials.
 */
@Path("/manifest.webmanifest")
public class AppManifest {

    @Inject
    PageContext page;

    @GET
    @Produces("application/manifest+json")
    @Operation(hidden = true)
    public Map<String, Object> manifest() {
        OfflineMsg msg = MessageBundles.get(OfflineMsg.class, Localized.Literal.of(page.lang()));
        return Map.of("name", msg.app_long_name(), "short_name", msg.app_short_name(), "lang", page.lang(),
                "start_url", "/learn", "scope", "/", "display", "standalone", "background_color", "#ffffff",
                "theme_color", "#003b73", "icons", List.of(
                        Map.of("src", "/static/icons/icon-192.png", "sizes", "192x192", "type", "image/png"),
                        Map.of("src", "/static/icons/icon-512.png", "sizes", "512x512", "type", "image/png")));
    }
}
