package org.cthb.readiness.session;

import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds session cookies exactly as Quarkus's form mechanism does, with a key of the test's choosing. */
public final class SessionCookies {

    /** The key file of the test profile (application.properties). */
    public static final Path TEST_KEY_FILE = Path.of("target/test-session-key");

    private SessionCookies() {
    }

    /** The cookie value holding {@code principal}, encrypted with {@code key}. */
    public static String forge(String key, String principal) {
        PersistentLoginManager manager = new PersistentLoginManager(key, "cthb-session", 8 * 3600_000L,
                8 * 3600_000L, true, "LAX", "/", -1, null);
        // Quarkus 3.28 adds the cookie through the routing context (later versions through its response).
        RoutingContext context = Mockito.mock(RoutingContext.class);
        HttpServerResponse response = Mockito.mock(HttpServerResponse.class);
        Mockito.when(context.response()).thenReturn(response);
        ArgumentCaptor<Cookie> cookie = ArgumentCaptor.forClass(Cookie.class);
        Mockito.when(context.addCookie(cookie.capture())).thenReturn(context);
        Mockito.when(response.addCookie(cookie.capture())).thenReturn(response);
        manager.save(principal, context, "cthb-session", null, false);
        return cookie.getValue().getValue();
    }

    /** The key the service under test runs with. */
    public static String serviceKey() {
        try {
            return Files.readString(TEST_KEY_FILE).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
