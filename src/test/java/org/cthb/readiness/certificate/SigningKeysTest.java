package org.cthb.readiness.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void createsTheKeyFileReadableByTheOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/signing-key.json");

        SigningKeys keys = SigningKeys.loadOrCreate(file);

        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(RSAKey.parse(Files.readString(file)).isPrivate()).isTrue();
        assertThat(keys.publicKey().size()).isGreaterThanOrEqualTo(2048);
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void everyLoadOfTheSameFileUsesTheSameKey() {
        Path file = dir.resolve("signing-key.json");
        SigningKeys first = SigningKeys.loadOrCreate(file);

        SigningKeys second = SigningKeys.loadOrCreate(file);

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.publicKey()).isEqualTo(first.publicKey());
    }

    @Test
    void keyIdIsTheRfc7638Thumbprint() throws Exception {
        RSAKey key = SigningKeys.generate().publicKey();
        String members = "{\"e\":\"" + key.getPublicExponent() + "\",\"kty\":\"RSA\",\"n\":\""
                + key.getModulus() + "\"}";
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8));

        assertThat(key.getKeyID()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256));
    }

    @Test
    void keyIdIgnoresWhateverKidTheFileSays() throws Exception {
        Path file = dir.resolve("signing-key.json");
        RSAKey key = new RSAKeyGenerator(2048).keyID("chosen-by-hand").generate();
        Files.writeString(file, key.toJSONString());

        assertThat(SigningKeys.loadOrCreate(file).keyId()).isEqualTo(key.computeThumbprint().toString());
    }

    @Test
    void jwksPublishesOnlyThePublicKey() throws Exception {
        SigningKeys keys = SigningKeys.generate();

        JWKSet set = JWKSet.parse(keys.jwks());

        assertThat(set.getKeys()).hasSize(1);
        assertThat(set.getKeys().get(0).isPrivate()).isFalse();
        assertThat(set.getKeys().get(0).getKeyID()).isEqualTo(keys.keyId());
        assertThat(keys.jwks()).contains("\"alg\":\"RS256\"").doesNotContain("\"d\"", "\"p\"", "\"q\"");
    }

    @Test
    void refusesShortKeysAndPublicOnlyKeys() throws Exception {
        Path shortKey = dir.resolve("short.json");
        Files.writeString(shortKey, new RSAKeyGenerator(1024, true).generate().toJSONString());
        Path publicOnly = dir.resolve("public.json");
        Files.writeString(publicOnly, new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(shortKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningKeys.loadOrCreate(publicOnly)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAFileThatIsNotAnRsaJwk() throws Exception {
        Path file = dir.resolve("garbage.json");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> SigningKeys.loadOrCreate(file)).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).as("a broken key file is never overwritten").isEqualTo("not a key");
    }
}
