package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID PSEUDONYM = UUID.fromString("6f1c2a8e-5a0b-4c1e-9d8a-3b7f0e2d4c61");
    private static JsonSchema schema;

    @BeforeAll
    static void loadTheOfficialSchema() throws IOException {
        try (InputStream in = OpenBadgeCredentialTest.class.getResourceAsStream(
                "/ob3/ob_v3p0_achievementcredential_schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
    }

    static Map<String, Object> sample() {
        return OpenBadgeCredential.builder()
                .id("https://readiness.example.org/certificates/7KQ4XM9ZTB2P")
                .issuer("https://readiness.example.org/", "CTHB Readiness")
                .validity(Instant.parse("2025-03-12T09:30:15.123Z"), Instant.parse("2028-03-12T23:59:59Z"))
                .name("CTHB pre-deployment training")
                .subject(PSEUDONYM)
                .achievement("https://readiness.example.org/standards/CTHB-BASIC/3", "CTHB minimum standard v3",
                        "Pre-deployment training in Combatting Trafficking in Human Beings.",
                        "Passed every module quiz of the CTHB course, version 3.")
                .revocationEntry("https://readiness.example.org/status/1", 4711)
                .build();
    }

    @Test
    void builtCredentialValidatesAgainstTheOfficialSchema() {
        assertThat(schema.validate(JSON.valueToTree(sample()))).isEmpty();
    }

    @Test
    void schemaCatchesACredentialWithoutValidFrom() {
        ObjectNode credential = JSON.valueToTree(sample());
        credential.remove("validFrom");

        Set<ValidationMessage> errors = schema.validate(credential);

        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("validFrom"));
    }

    @Test
    void schemaCatchesACredentialThatIsNotAnOpenBadge() {
        ObjectNode credential = JSON.valueToTree(sample());
        credential.set("type", JSON.createArrayNode().add("VerifiableCredential"));

        assertThat(schema.validate(credential)).isNotEmpty();
    }

    @Test
    void schemaCatchesAnAchievementWithoutCriteria() {
        ObjectNode credential = JSON.valueToTree(sample());
        ((ObjectNode) credential.get("credentialSubject").get("achievement")).remove("criteria");

        assertThat(schema.validate(credential)).isNotEmpty();
    }

    @Test
    void credentialHasTheShapeOfTheSpecificationExamples() {
        ObjectNode credential = JSON.valueToTree(sample());

        assertThat(credential.get("@context")).isEqualTo(JSON.valueToTree(List.of(
                "https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")));
        assertThat(((ArrayNode) credential.get("type"))).extracting(n -> n.asText())
                .containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.at("/issuer/id").asText()).isEqualTo("https://readiness.example.org/issuer");
        assertThat(credential.at("/issuer/type/0").asText()).isEqualTo("Profile");
        assertThat(credential.at("/validFrom").asText()).isEqualTo("2025-03-12T09:30:15Z");
        assertThat(credential.at("/validUntil").asText()).isEqualTo("2028-03-12T23:59:59Z");
        assertThat(credential.at("/credentialSubject/id").asText()).isEqualTo("urn:uuid:" + PSEUDONYM);
        assertThat(credential.at("/credentialSubject/type/0").asText()).isEqualTo("AchievementSubject");
        assertThat(credential.at("/credentialSubject/achievement/criteria/narrative").asText()).contains("quiz");
    }

    @Test
    void revocationEntryPointsAtItsBitInTheStatusList() {
        ObjectNode status = (ObjectNode) JSON.valueToTree(sample()).get("credentialStatus");

        assertThat(status.get("id").asText()).isEqualTo("https://readiness.example.org/status/1#4711");
        assertThat(status.get("type").asText()).isEqualTo("BitstringStatusListEntry");
        assertThat(status.get("statusPurpose").asText()).isEqualTo("revocation");
        assertThat(status.get("statusListIndex").isTextual()).isTrue();
        assertThat(status.get("statusListIndex").asText()).isEqualTo("4711");
        assertThat(status.get("statusListCredential").asText()).isEqualTo("https://readiness.example.org/status/1");
    }

    @Test
    void builderNamesWhatIsMissing() {
        OpenBadgeCredential incomplete = OpenBadgeCredential.builder()
                .id("urn:uuid:" + UUID.randomUUID())
                .issuer("https://readiness.example.org", "CTHB Readiness")
                .validity(Instant.now(), null)
                .name("CTHB");

        assertThatThrownBy(incomplete::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("subject");
    }

    @Test
    void refusesIdsThatAreNeitherUrnUuidNorUrlAndValidityBackwards() {
        assertThatThrownBy(() -> OpenBadgeCredential.builder().id("7KQ-4XM-9ZT-B2P"))
                .isInstanceOf(IllegalArgumentException.class);
        Instant now = Instant.now();
        assertThatThrownBy(() -> OpenBadgeCredential.builder().validity(now, now.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
