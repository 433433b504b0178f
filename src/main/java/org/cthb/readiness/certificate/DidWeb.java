package org.cthb.readiness.certificate;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our issuer as a {@code did:web} DID (W3C did:web method): the host of the public URL, a port encoded as
 * {@code %3A}, any path as further {@code :} segments. Its DID document, served at {@code /.well-known/did.json},
 * lists the Ed25519 key of our Data Integrity proofs as a Multikey.
 */
final class DidWeb {

    private DidWeb() {
    }

    /** The DID of {@code publicUrl}, e.g. {@code https://lms.example.org:8443} gives did:web:lms.example.org%3A8443. */
    static String of(String publicUrl) {
        URI uri = URI.create(publicUrl.replaceAll("/+$", ""));
        StringBuilder did = new StringBuilder("did:web:").append(uri.getHost().toLowerCase(java.util.Locale.ROOT));
        if (uri.getPort() != -1) {
            did.append("%3A").append(uri.getPort());
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            for (String segment : path.substring(1).split("/")) {
                did.append(':').append(segment);
            }
        }
        return did.toString();
    }

    /** The verification method id of {@code key} under {@code did}: the DID and the key's multibase as fragment. */
    static String verificationMethod(String did, EdDsaKey key) {
        return did + "#" + key.publicKeyMultibase();
    }

    /** The DID document (DID Core 1.0) naming {@code key} for assertions, i.e. for signing credentials. */
    static Map<String, Object> document(String did, EdDsaKey key) {
        String method = verificationMethod(did, key);
        Map<String, Object> verification = new LinkedHashMap<>();
        verification.put("id", method);
        verification.put("type", "Multikey");
        verification.put("controller", did);
        verification.put("publicKeyMultibase", key.publicKeyMultibase());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"));
        document.put("id", did);
        document.put("verificationMethod", List.of(verification));
        document.put("assertionMethod", List.of(method));
        document.put("authentication", List.of(method));
        return document;
    }
}
