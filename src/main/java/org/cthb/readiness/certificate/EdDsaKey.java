package org.cthb.readiness.certificate;

import com.apicatalog.multibase.Multibase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Ed25519 key that signs Data Integrity proofs ({@code eddsa-rdfc-2022}), with its public half as a Multikey.
 *
 * <p>It is derived (HKDF-SHA-256) from the RSA signing key rather than kept in a file of its own: every instance
 * that shares the RSA key file, as they must already, signs with the same Ed25519 key, with no new secret to
 * distribute, and a credential signed yesterday verifies today as long as the RSA key stays.
 */
public final class EdDsaKey {

    /** The multicodec prefix of an Ed25519 public key (0xed, varint-encoded), as Multikey requires. */
    private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};
    /** An X.509 SubjectPublicKeyInfo of Ed25519 is this 12-byte header followed by the 32-byte key. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    private static final byte[] INFO = "cthb eddsa-rdfc-2022 signing key v1".getBytes(StandardCharsets.US_ASCII);

    private final PrivateKey privateKey;
    private final byte[] publicKey;

    private EdDsaKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        byte[] encoded = pair.getPublic().getEncoded();
        this.publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** The key derived from {@code secret} (the RSA private key's encoding): the same secret, the same key. */
    static EdDsaKey derivedFrom(byte[] secret) {
        byte[] seed = hkdf(secret, INFO);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // RFC 8032 keys are 32 random bytes: the JDK draws them from the SecureRandom, so we hand it the seed.
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            return new EdDsaKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an Ed25519 key", e);
        }
    }

    /** A fresh random key, for tests (e.g. a second, foreign issuer). */
    public static EdDsaKey generate() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return derivedFrom(secret);
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /** The raw 32-byte public key. */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    /** The public key as a Multikey {@code publicKeyMultibase}: base58btc of 0xed01 + the key, "z6Mk...". */
    public String publicKeyMultibase() {
        byte[] prefixed = new byte[34];
        System.arraycopy(ED25519_PUB, 0, prefixed, 0, 2);
        System.arraycopy(publicKey, 0, prefixed, 2, 32);
        return Multibase.BASE_58_BTC.encode(prefixed);
    }

    /** The raw public key of a Multikey {@code publicKeyMultibase}; refuses anything but an Ed25519 key. */
    public static byte[] fromMultibase(String multibase) {
        if (multibase == null || !Multibase.BASE_58_BTC.isEncoded(multibase)) {
            throw new InvalidCredential("The verification key is not a base58btc multibase Ed25519 key.");
        }
        byte[] bytes = Multibase.BASE_58_BTC.decode(multibase);
        if (bytes.length != 34 || bytes[0] != ED25519_PUB[0] || bytes[1] != ED25519_PUB[1]) {
            throw new InvalidCredential("The verification key is not an Ed25519 Multikey.");
        }
        return Arrays.copyOfRange(bytes, 2, 34);
    }

    /** Whether {@code signature} is the Ed25519 signature of {@code data} by the raw public key. */
    public static boolean verify(byte[] rawPublicKey, byte[] data, byte[] signature) {
        try {
            byte[] encoded = new byte[44];
            System.arraycopy(X509_PREFIX, 0, encoded, 0, 12);
            System.arraycopy(rawPublicKey, 0, encoded, 12, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** HKDF-SHA-256 (RFC 5869) with an empty salt, 32 bytes of output: one extract and one expand round. */
    private static byte[] hkdf(byte[] secret, byte[] info) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            byte[] prk = mac.doFinal(secret);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the Ed25519 key", e);
        }
    }

    /** A SecureRandom that yields the given bytes once: only for handing a seed to the key generator. */
    private static final class FixedBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private boolean used;

        FixedBytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void nextBytes(byte[] out) {
            if (used || out.length != bytes.length) {
                throw new IllegalStateException("the Ed25519 generator asked for other bytes than the seed");
            }
            used = true;
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
