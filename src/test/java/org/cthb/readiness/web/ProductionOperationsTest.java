package org.cthb.readiness.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a production build serves. Quarkus decides at build time, from the launch mode, whether Swagger UI is in the
 * application: dev and test include it, a production build only when {@code always-include} forces it. A
 * {@code @QuarkusTest} always runs in test launch mode (whatever its config profile), so the build's configuration
 * is what can be checked here: nothing may force Swagger UI into a production build. (Metrics need ADMIN in every
 * profile: {@link OperationsEndpointsTest}.)
 */
class ProductionOperationsTest {

    @Test
    void nothingForcesSwaggerUiIntoAProductionBuild() throws IOException {
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        for (String key : config.stringPropertyNames()) {
            if (key.replaceFirst("^%[a-z]+\\.", "").equals("quarkus.swagger-ui.always-include")
                    && (!key.startsWith("%") || key.startsWith("%prod."))) {
                assertThat(config.getProperty(key)).as(key).isEqualTo("false");
            }
        }
        assertThat(config.getProperty("quarkus.http.auth.permission.metrics.paths")).contains("/q/metrics");
        assertThat(config.getProperty("quarkus.http.auth.policy.metrics.roles-allowed")).isEqualTo("ADMIN");
    }
}
