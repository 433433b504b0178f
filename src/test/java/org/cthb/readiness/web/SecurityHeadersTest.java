package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfResponseCarriesTheHeaders() {
        for (String path : List.of("/", "/signin", "/api/csrf", "/static/app.css", "/no-such-page",
                "/api/no-such-endpoint", "/api/accounts", "/q/openapi")) {
            Response response = given().redirects().follow(false).get(path);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(path).isNotNull().contains("frame-ancestors 'none'", "img-src 'self' data:",
                    "script-src 'self'", "default-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isNotBlank();
            assertThat(response.header("Strict-Transport-Security")).as(path + " over HTTP").isNull();
        }
    }

    @Test
    void strictTransportSecurityBehindHttps() {
        // From the loopback address, a trusted proxy: the request came in over HTTPS.
        assertThat(given().header("X-Forwarded-Proto", "https").get("/signin").header("Strict-Transport-Security"))
                .contains("max-age=");
    }

    @Test
    void noPageTemplateCarriesInlineScriptOrStyle() throws IOException {
        // Mails are not pages: mail clients need their inline style, and no CSP applies to them.
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html"))
                    .filter(f -> !f.toString().contains("ReminderMails") && !f.toString().contains("IssuanceMail")
                            && !f.toString().contains("templates/mail/"))
                    .toList()) {
                String html = Files.readString(file).toLowerCase();
                // A script file of the service's own (progressive enhancement, allowed by the CSP) is not inline:
                // local times, and reading offline (it registers the service worker, /sw.js).
                assertThat(html).as(file.toString()).doesNotContain("<style", " style=", "javascript:")
                        .doesNotContainPattern(" on[a-z]+=")
                        .doesNotContainPattern("<script(?![^>]*\\ssrc=\"/static/(localtime|offline)\\.js[^\"]*\"[^>]*>\\s*</script>)");
            }
        }
    }
}
