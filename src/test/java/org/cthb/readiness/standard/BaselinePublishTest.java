package org.cthb.readiness.standard;

import io.quarkus.test.junit.QuarkusTest;
import org.cthb.readiness.authoring.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** A course version that leaves out a module a minimum standard in force requires is never published. */
@QuarkusTest
class BaselinePublishTest {

    private static final String COURSE = "cthb-predeployment";

    @Test
    @SuppressWarnings("unchecked")
    void publishingWithoutABaselineModuleIsRefusedNamingTheModuleAndTheStandard() {
        String author = Fixtures.author();
        int before = latestVersion(author);
        var draft = Fixtures.as(author).post("/api/authoring/courses/" + COURSE + "/draft").then()
                .statusCode(anyOf(equalTo(200), equalTo(201))).extract().jsonPath();
        int revision = draft.getInt("revision");
        Map<String, Object> content = draft.getMap("content");
        List<Map<String, Object>> modules = (List<Map<String, Object>>) content.get("modules");
        modules.removeIf(m -> "procurement".equals(m.get("id")) || "trainers".equals(m.get("id")));
        try {
            Fixtures.as(author).body(Map.of("revision", revision, "content", content))
                    .put("/api/authoring/courses/" + COURSE + "/draft").then().statusCode(200);
            revision++;
            Fixtures.as(author).body(Map.of("revision", revision))
                    .post("/api/authoring/courses/" + COURSE + "/draft/publish").then().statusCode(409)
                    .body("field", equalTo("modules"))
                    .body("detail", allOf(containsString("module procurement (required by NATO CTHB baseline v"),
                            containsString("[PROCUREMENT]"), containsString("module trainers"),
                            containsString("[TRAINER]"), not(containsString("module reporting"))));
            org.assertj.core.api.Assertions.assertThat(latestVersion(author)).isEqualTo(before);
        } finally {
            Fixtures.as(author).delete("/api/authoring/courses/" + COURSE + "/draft?revision=" + revision);
        }
    }

    private static int latestVersion(String author) {
        return Fixtures.as(author).get("/api/courses/" + COURSE + "/versions").then().statusCode(200).extract()
                .path("[0].version");
    }
}
