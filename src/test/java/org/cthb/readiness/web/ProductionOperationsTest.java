package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The service as built and configured for production: no Swagger UI, metrics not public, the OpenAPI document is. */
@QuarkusTest
@TestProfile(ProductionOperationsTest.Production.class)
class ProductionOperationsTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // What production sets through its environment (see README).
            return Map.of("quarkus.http.auth.session.encryption-key", "production-like-test-key-0123456789",
                    "cthb.certificate.signing-key-file", "target/test-signing-key.json",
                    "quarkus.http.test-port", "0", "cthb.reminders.expiry.cron", "off");
        }
    }

    @Test
    void swaggerUiIsAbsentAndMetricsAreNotPublic() {
        given().get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(401);
        given().get("/q/openapi?format=json").then().statusCode(200).body(containsString("/api/nations/{iso3}/readiness"));
    }
}
