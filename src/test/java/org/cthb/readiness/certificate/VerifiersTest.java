package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cthb.readiness.certificate.Learners.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cthb.readiness.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * A freshly issued credential, checked by verifiers that are not ours (see src/test/js/verify-credentials.mjs):
 * the Digital Credentials Consortium's verifier-core on the Data Integrity form, the Open Badges 3.0 JSON Schema,
 * and the JOSE library {@code jose} on the VC-JWT, its key fetched from the {@code kid} URL. Needs Node.js and a
 * one-time {@code npm ci} in src/test/js; offline after that.
 */
@QuarkusTest
class VerifiersTest {

    static final Path JS = Path.of("src/test/js");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL server;

    @Test
    void aFreshCredentialVerifiesEverywhereAndARevokedOneComesBackRevoked() throws Exception {
        Learners.Certified holder = Learners.certified("FRA");

        JsonNode fresh = verify(holder);

        assertThat(fresh.at("/verifierCore/errors")).as(fresh.toString()).isEmpty();
        assertThat(fresh.at("/verifierCore/log/valid_signature").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.at("/verifierCore/log/expiration").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.at("/verifierCore/log/revocation_status").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.at("/schema/dataIntegrity")).as(fresh.toString()).isEmpty();
        assertThat(fresh.at("/schema/jwtPayload")).as(fresh.toString()).isEmpty();
        assertThat(fresh.at("/jose/verified").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.at("/jose/typ").asText()).isEqualTo("vc+jwt");
        assertThat(fresh.at("/jose/kid").asText()).startsWith(publicUrl() + "/keys/");
        assertThat(fresh.at("/jose/kidStatus").asInt()).isEqualTo(200);
        assertThat(fresh.at("/jose/payloadHasVcClaim").asBoolean()).isFalse();
        assertThat(fresh.at("/jose/issuerMatches").asBoolean()).isTrue();
        assertThat(fresh.at("/jose/payloadId").asText()).endsWith(holder.number());
        assertThat(fresh.at("/refused")).as("nothing but the test server is asked").isEmpty();

        as(TestAccounts.admin()).body(Map.of("reason", "Quiz answers were shared"))
                .post("/api/certificates/" + holder.number() + "/revoke").then().statusCode(200);
        JsonNode revoked = verify(holder);

        assertThat(revoked.at("/verifierCore/log/valid_signature").asBoolean()).as(revoked.toString()).isTrue();
        assertThat(revoked.at("/verifierCore/log/revocation_status").isBoolean()).as(revoked.toString()).isTrue();
        assertThat(revoked.at("/verifierCore/log/revocation_status").asBoolean()).as(revoked.toString()).isFalse();
    }

    private JsonNode verify(Learners.Certified holder) throws Exception {
        requireNodeModules();
        String credential = as(holder.email()).get("/api/certificates/" + holder.number()
                + "/credential?format=data-integrity").then().statusCode(200).extract().asString();
        String jwt = as(holder.email()).get("/api/certificates/" + holder.number() + "/credential?format=jwt")
                .then().statusCode(200).extract().asString();
        Path dir = Files.createTempDirectory("verifiers");
        Path credentialFile = Files.writeString(dir.resolve("credential.json"), credential);
        Path jwtFile = Files.writeString(dir.resolve("credential.jwt"), jwt);
        String origin = server.toString().replaceAll("/+$", "");
        return JSON.readTree(node(List.of("verify-credentials.mjs", origin, publicUrl(),
                credentialFile.toAbsolutePath().toString(), jwtFile.toAbsolutePath().toString())));
    }

    static String publicUrl() {
        // The configured address, or (tests run on the embedded database) the one the service serves on.
        return jakarta.enterprise.inject.spi.CDI.current().select(org.cthb.readiness.web.PublicAddress.class).get()
                .base();
    }

    static void requireNodeModules() {
        if (!Files.isDirectory(JS.resolve("node_modules/@digitalcredentials/verifier-core"))) {
            throw new AssertionError("The independent verifiers are not installed: run `npm ci` in "
                    + JS.toAbsolutePath() + " (needs Node.js 20 and the npm registry once; offline afterwards).");
        }
    }

    /** Runs a script of src/test/js with node and returns its standard output, failing with its errors. */
    static String node(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        Path errors = Files.createTempFile("node", ".err");
        Process process = new ProcessBuilder(command).directory(JS.toFile())
                .redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("node " + arguments + " did not finish in 120 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("node " + arguments + " failed (" + process.exitValue() + "): "
                    + Files.readString(errors) + out);
        }
        return out.lines().reduce((first, second) -> second).orElse("");
    }
}
