package org.cthb.readiness.certificate;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.multibase.Multibase;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Embedded Data Integrity proofs with the {@code eddsa-rdfc-2022} cryptosuite (W3C VC Data Integrity EdDSA
 * Cryptosuites v1.0, section 3.3): the document and the proof options are each turned into RDF (JSON-LD, with our
 * cached contexts only), canonicalised with RDFC-1.0, hashed with SHA-256, and the two hashes (proof options
 * first) are signed with Ed25519; the signature is the base58btc multibase {@code proofValue}.
 */
public final class DataIntegrity {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DataIntegrity() {
    }

    /** A copy of {@code document} with a proof by {@code key}, whose public half {@code verificationMethod} names. */
    public static Map<String, Object> sign(Map<String, Object> document, EdDsaKey key, String verificationMethod,
            Instant created) {
        Map<String, Object> unsecured = new LinkedHashMap<>(document);
        unsecured.remove("proof");
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("type", TYPE);
        options.put("cryptosuite", CRYPTOSUITE);
        options.put("created", OpenBadgeCredential.timestamp(created));
        options.put("verificationMethod", verificationMethod);
        options.put("proofPurpose", "assertionMethod");
        byte[] signature = key.sign(hashData(unsecured, options));
        Map<String, Object> proof = new LinkedHashMap<>(options);
        proof.put("proofValue", Multibase.BASE_58_BTC.encode(signature));
        Map<String, Object> secured = new LinkedHashMap<>(unsecured);
        secured.put("proof", proof);
        return secured;
    }

    /**
     * Checks the one embedded proof of {@code document}; {@code publicKeyOf} turns the proof's
     * {@code verificationMethod} into a raw Ed25519 public key (or throws {@link InvalidCredential}).
     *
     * @return the verification method that signed
     * @throws InvalidCredential naming what is wrong
     */
    public static String verify(Map<String, Object> document, Function<String, byte[]> publicKeyOf) {
        if (!(document.get("proof") instanceof Map<?, ?> proofNode)) {
            throw new InvalidCredential("The credential has no single embedded proof.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> proof = new LinkedHashMap<>((Map<String, Object>) proofNode);
        if (!TYPE.equals(proof.get("type")) || !CRYPTOSUITE.equals(proof.get("cryptosuite"))) {
            throw new InvalidCredential("The proof is " + proof.get("type") + "/" + proof.get("cryptosuite")
                    + "; only " + TYPE + " with " + CRYPTOSUITE + " is accepted.");
        }
        if (!"assertionMethod".equals(proof.get("proofPurpose"))) {
            throw new InvalidCredential("The proof's purpose is not assertionMethod.");
        }
        if (!(proof.remove("proofValue") instanceof String proofValue) || !Multibase.BASE_58_BTC.isEncoded(proofValue)) {
            throw new InvalidCredential("The proof has no base58btc proofValue.");
        }
        if (!(proof.get("verificationMethod") instanceof String method)) {
            throw new InvalidCredential("The proof names no verificationMethod.");
        }
        Map<String, Object> unsecured = new LinkedHashMap<>(document);
        unsecured.remove("proof");
        byte[] signature;
        try {
            signature = Multibase.BASE_58_BTC.decode(proofValue);
        } catch (RuntimeException e) {
            throw new InvalidCredential("The proofValue is not base58btc.", e);
        }
        if (!EdDsaKey.verify(publicKeyOf.apply(method), hashData(unsecured, proof), signature)) {
            throw new InvalidCredential("The signature does not match: the credential was altered or signed by another key.");
        }
        return method;
    }

    /** SHA-256 of the canonical proof options, then SHA-256 of the canonical document (64 bytes). */
    private static byte[] hashData(Map<String, Object> unsecured, Map<String, Object> proofOptions) {
        Map<String, Object> options = new LinkedHashMap<>();
        // The proof options are read with the document's own context (section 3.3.5, step 4).
        options.put("@context", unsecured.get("@context"));
        options.putAll(proofOptions);
        options.remove("proofValue");
        byte[] hash = new byte[64];
        System.arraycopy(sha256(canonical(options)), 0, hash, 0, 32);
        System.arraycopy(sha256(canonical(unsecured)), 0, hash, 32, 32);
        return hash;
    }

    /** The RDFC-1.0 canonical N-Quads of a JSON-LD document. */
    static String canonical(Map<String, Object> document) {
        try {
            JsonDocument json = JsonDocument.of(new StringReader(JSON.writeValueAsString(document)));
            RdfCanon canon = RdfCanon.create("SHA-256");
            JsonLd.toRdf(json).loader(JsonLdContexts.INSTANCE).provide(canon);
            StringWriter nquads = new StringWriter();
            canon.provide(new NQuadsWriter(nquads));
            return nquads.toString();
        } catch (JsonLdError e) {
            throw new InvalidCredential("The credential is not valid JSON-LD: " + e.getMessage(), e);
        } catch (JsonProcessingException | RdfConsumerException e) {
            throw new IllegalStateException("cannot canonicalise the document", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
